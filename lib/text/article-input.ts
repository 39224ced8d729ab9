/**
 * What the browser's import checks about an article before anything is read further or written: the same
 * rules as the seed (empty, binary, not UTF-8, no Chinese, too large), as messages rather than exceptions,
 * so that the page (in the browser) and the routes (on the server) give the same one line. Pure: no Node
 * modules, the import form uses it too.
 */

const KB = 1024;

/**
 * The largest text the browser imports. The import runs inside the app that serves studying, so it is kept
 * to what takes seconds (a long novella); bigger texts (up to 16 MB) go through `npm run db:seed -- file.txt`.
 */
export const MAX_BROWSER_ARTICLE_BYTES = 1024 * KB;
export const MAX_TITLE_CHARACTERS = 200;
export const MAX_SOURCE_CHARACTERS = 300;

const HAN = /\p{Script=Han}/u;
// Without the u flag a regular expression sees UTF-16 code units: a surrogate without its pair is broken text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * KB ? `${(bytes / (1024 * KB)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / KB)} kB`;
}

export const SIZE_LIMIT_MESSAGE = `An article imported here can be at most ${formatBytes(MAX_BROWSER_ARTICLE_BYTES)} (about ${Math.round(MAX_BROWSER_ARTICLE_BYTES / 3 / 1000)},000 Chinese characters); import a larger text with npm run db:seed -- file.txt.`;

export function tooLargeMessage(bytes: number): string {
  return `The text is ${formatBytes(bytes)}. ${SIZE_LIMIT_MESSAGE}`;
}

/** The UTF-8 size of a text, without allocating its bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; tooLarge?: true };

/** An uploaded file's bytes as text: refuses empty, oversized, binary (NUL bytes) and non-UTF-8 files. */
export function decodeUploadedText(bytes: Uint8Array, name = 'The file'): Checked<string> {
  if (bytes.length === 0) return { ok: false, message: `${name} is empty.` };
  if (bytes.length > MAX_BROWSER_ARTICLE_BYTES) return { ok: false, message: `${name} is ${formatBytes(bytes.length)}. ${SIZE_LIMIT_MESSAGE}`, tooLarge: true };
  if (bytes.includes(0)) return { ok: false, message: `${name} looks binary, not text: import a plain-text (.txt) file.` };
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `${name} is not UTF-8 text: save it as UTF-8 and try again.` };
  }
}

/** The article's text as it is imported: LF line ends, no byte-order mark; or why it cannot be. */
export function checkArticleText(raw: string): Checked<string> {
  const bytes = utf8Length(raw);
  if (bytes > MAX_BROWSER_ARTICLE_BYTES) return { ok: false, message: tooLargeMessage(bytes), tooLarge: true };
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, message: 'The text is empty: paste an article or choose a file.' };
  if (text.includes('\0')) return { ok: false, message: 'The text contains NUL characters: it looks binary, not an article.' };
  if (LONE_SURROGATE.test(text)) return { ok: false, message: 'The text contains broken characters (lone UTF-16 surrogates): it is not valid text.' };
  if (!HAN.test(text)) return { ok: false, message: 'The text contains no Chinese: Ciku imports Chinese articles.' };
  return { ok: true, value: text };
}

function checkLine(raw: string, what: string, limit: number): Checked<string> {
  if (raw.includes('\0')) return { ok: false, message: `The ${what} contains a NUL character.` };
  if (LONE_SURROGATE.test(raw)) return { ok: false, message: `The ${what} contains broken characters.` };
  const value = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const length = [...value].length;
  if (length > limit) return { ok: false, message: `The ${what} is ${length} characters long; it can have at most ${limit}.` };
  return { ok: true, value };
}

/** A title as stored (NFC, single spaces); it is required. */
export function checkTitle(raw: string): Checked<string> {
  const checked = checkLine(raw, 'title', MAX_TITLE_CHARACTERS);
  if (checked.ok && !checked.value) return { ok: false, message: 'Give the article a title.' };
  return checked;
}

/** An optional source (an author and journal, a web address); empty means none. */
export function checkSource(raw: string): Checked<string | null> {
  const checked = checkLine(raw, 'source', MAX_SOURCE_CHARACTERS);
  return checked.ok ? { ok: true, value: checked.value || null } : checked;
}
