// npm run icons: draws the app's icons (词 in white on the app's red) with Noto Serif SC in Chromium and
// writes app/favicon.ico (16, 32 and 48 px PNGs in one .ico), app/icon.png and app/apple-icon.png.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/chromium';

const GLYPH = '词';
const RED = '#b91c1c'; // Tailwind red-700, the logo's colour
const FONT_PACKAGE = 'node_modules/@fontsource/noto-serif-sc';
const FONT_WEIGHT = 700;

/** The woff2 file of the font's subset that holds a character, from the package's unicode-range CSS. */
function subsetFile(character: string): string {
  const codePoint = character.codePointAt(0)!;
  const css = fs.readFileSync(path.join(FONT_PACKAGE, `${FONT_WEIGHT}.css`), 'utf8');
  for (const face of css.split('@font-face').slice(1)) {
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1] ?? '';
    const covers = range.split(',').some((part) => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return codePoint >= Number.parseInt(from, 16) && codePoint <= Number.parseInt(to, 16);
    });
    const file = /url\((\.\/files\/[^)]+\.woff2)\)/.exec(face)?.[1];
    if (covers && file) return path.join(FONT_PACKAGE, file);
  }
  throw new Error(`No subset of ${FONT_PACKAGE} ${FONT_WEIGHT} holds ${character}`);
}

function iconHtml(size: number, rounded: boolean, fontFile: string): string {
  const font = fs.readFileSync(fontFile).toString('base64');
  return `<!doctype html><html><head><style>
    @font-face { font-family: IconGlyph; src: url(data:font/woff2;base64,${font}) format('woff2'); font-weight: ${FONT_WEIGHT}; }
    html, body { margin: 0; background: transparent; }
    div { width: ${size}px; height: ${size}px; display: flex; align-items: center; justify-content: center;
          background: ${RED}; color: #fff; border-radius: ${rounded ? Math.round(size * 0.2) : 0}px;
          font: ${FONT_WEIGHT} ${Math.round(size * 0.8)}px/1 IconGlyph; }
    span { transform: translateY(${(size * -0.044).toFixed(2)}px); } /* the glyph sits low in its em box */
  </style></head><body><div><span>${GLYPH}</span></div></body></html>`;
}

/** A Windows icon file holding PNG images (supported by every browser and by Windows since Vista). */
function packIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const fontFile = subsetFile(GLYPH);

async function draw(size: number, rounded: boolean): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(iconHtml(size, rounded, fontFile));
  const loaded = await page.evaluate(async (glyph) => {
    await document.fonts.load(`16px IconGlyph`, glyph);
    return document.fonts.check(`16px IconGlyph`, glyph);
  }, GLYPH);
  if (!loaded) throw new Error(`${fontFile} did not load`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return png;
}

try {
  const favicon = packIco(await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await draw(size, true) }))));
  fs.writeFileSync('app/favicon.ico', favicon);
  fs.writeFileSync('app/icon.png', await draw(512, true));
  // iOS rounds the corners itself and shows transparency as black.
  fs.writeFileSync('app/apple-icon.png', await draw(180, false));
  for (const file of ['app/favicon.ico', 'app/icon.png', 'app/apple-icon.png']) console.log(`${file}  ${fs.statSync(file).size} bytes`);
} finally {
  await browser.close();
}
