/** Where the CJK blocks start (radicals, CJK punctuation, kana, ideographs, fullwidth forms come after). */
export const CJK_START = 0x2e80;

interface CodePointRange {
  from: number;
  to: number;
}

function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return { from: Number.parseInt(from, 16), to: Number.parseInt(to, 16) };
  });
}

function formatUnicodeRange(ranges: CodePointRange[]): string {
  const hex = (codePoint: number) => codePoint.toString(16);
  return ranges.map(({ from, to }) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
}

/**
 * The CJK part of a Fontsource font as @font-face rules of its own family: the faces of its numbered
 * subsets (Google Fonts' slices of the CJK characters), each cut to code points from U+2E80 on and with
 * its WOFF2 file only. Chromium draws a character with a web font that comes after a local font in a
 * font-family list only if that font had already loaded; first in the list, this family draws Chinese
 * while Latin text goes on to the fonts after it.
 */
export function cjkFontFaces(fontsourceCss: string, { family, fileUrl }: { family: string; fileUrl: (file: string) => string }): string {
  const faces: string[] = [];
  for (const [, name, body] of fontsourceCss.matchAll(/\/\*\s*(\S+)\s*\*\/\s*@font-face\s*\{([^}]*)\}/g)) {
    if (!/-\[\d+\]-/.test(name)) continue;
    const property = (key: string) => new RegExp(`${key}:\\s*([^;]+);`).exec(body)?.[1].trim();
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const unicodeRange = property('unicode-range');
    if (!file || !unicodeRange) continue;
    const ranges = parseUnicodeRange(unicodeRange)
      .filter(({ to }) => to >= CJK_START)
      .map(({ from, to }) => ({ from: Math.max(from, CJK_START), to }));
    if (ranges.length === 0) continue;
    faces.push(
      [
        `/* ${name} */`,
        '@font-face {',
        `  font-family: '${family}';`,
        `  font-style: ${property('font-style') ?? 'normal'};`,
        `  font-display: ${property('font-display') ?? 'swap'};`,
        `  font-weight: ${property('font-weight') ?? '400'};`,
        `  src: url('${fileUrl(file)}') format('woff2');`,
        `  unicode-range: ${formatUnicodeRange(ranges)};`,
        '}',
      ].join('\n'),
    );
  }
  return `${faces.join('\n\n')}\n`;
}
