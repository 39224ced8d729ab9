const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085]+/g;
/** Control characters (PostgreSQL refuses NUL in text), lone surrogate halves and the replacement character of undecodable bytes. */
const UNSEARCHABLE = /[\p{Cc}\p{Cs}\uFFFD]/gu;

/**
 * Text typed into a search box, made safe to search with: tabs and line breaks become spaces, other
 * control characters and broken characters go, and at most `maxLength` characters (code points) stay.
 */
export function cleanSearchText(value: string | string[] | undefined, maxLength = 100): string {
  if (typeof value !== 'string') return '';
  const cleaned = value.replace(WHITESPACE_CONTROLS, ' ').replace(UNSEARCHABLE, '');
  return [...cleaned].slice(0, maxLength).join('').trim();
}
