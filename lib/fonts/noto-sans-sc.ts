import fs from 'node:fs';
import path from 'node:path';
import { cjkFontFaces } from './cjk-font-faces';

const PACKAGE_DIR = 'node_modules/@fontsource/noto-sans-sc';
/** The app's CJK sans-serif faces, imported by app/layout.tsx. */
export const SANS_CJK_CSS_FILE = 'app/_fonts/noto-sans-sc.css';

/** The CSS of SANS_CJK_CSS_FILE, made from the installed @fontsource/noto-sans-sc (weight 400). */
export function sansCjkCss(): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  const fontsourceCss = fs.readFileSync(path.join(PACKAGE_DIR, '400.css'), 'utf8');
  const filesFromCss = path.relative(path.dirname(SANS_CJK_CSS_FILE), path.join(PACKAGE_DIR, 'files'));
  const header = `/* Noto Sans SC (SIL Open Font License 1.1), the CJK subsets of @fontsource/noto-sans-sc ${version}, weight 400.
   Made by \`npm run fonts\` (lib/fonts/noto-sans-sc.ts): do not edit. */\n\n`;
  return header + cjkFontFaces(fontsourceCss, { family: 'Noto Sans SC', fileUrl: (file) => `${filesFromCss}/${file}` });
}
