import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SANS_CJK_CSS_FILE, sansCjkCss } from './noto-sans-sc';
import { cjkFontFaces } from './cjk-font-faces';

const FONTSOURCE_CSS = `/* noto-sans-sc-[4]-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/noto-sans-sc-4-400-normal.woff2) format('woff2'), url(./files/noto-sans-sc-4-400-normal.woff) format('woff');
  unicode-range: U+20-22,U+2c-3b,U+2000-2f00,U+3001-3002,U+4e00;
}

/* noto-sans-sc-[5]-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/noto-sans-sc-5-400-normal.woff2) format('woff2'), url(./files/noto-sans-sc-5-400-normal.woff) format('woff');
  unicode-range: U+41-5a,U+2022;
}

/* noto-sans-sc-latin-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/noto-sans-sc-latin-400-normal.woff2) format('woff2'), url(./files/noto-sans-sc-latin-400-normal.woff) format('woff');
  unicode-range: U+0000-00FF,U+2000-206F;
}
`;

const faces = cjkFontFaces(FONTSOURCE_CSS, { family: 'Noto Sans SC CJK', fileUrl: (file) => `/fonts/${file}` });

describe('cjkFontFaces', () => {
  it('keeps the CJK code points of the numbered subsets, from U+2E80 on', () => {
    expect(faces).toContain('unicode-range: U+2e80-2f00,U+3001-3002,U+4e00;');
  });

  it('leaves out the Latin subsets and the numbered subsets without CJK characters', () => {
    expect(faces).not.toContain('latin');
    expect(faces).not.toContain('noto-sans-sc-5-');
    expect(faces.match(/@font-face/g)).toHaveLength(1);
  });

  it('names its own family and serves the WOFF2 file only', () => {
    expect(faces).toContain("font-family: 'Noto Sans SC CJK';");
    expect(faces).toContain("src: url('/fonts/noto-sans-sc-4-400-normal.woff2') format('woff2');");
    expect(faces).not.toContain('.woff)');
    expect(faces).toContain('font-weight: 400;');
    expect(faces).toContain('font-display: swap;');
  });
});

describe('the shipped CJK sans-serif font CSS', () => {
  it('is the one made from the installed @fontsource/noto-sans-sc (npm run fonts writes it)', () => {
    expect(fs.readFileSync(SANS_CJK_CSS_FILE, 'utf8')).toBe(sansCjkCss());
  });
});
