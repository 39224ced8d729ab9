// npm run fonts: writes the app's CJK sans-serif @font-face rules from the installed @fontsource/noto-sans-sc.
import fs from 'node:fs';
import { SANS_CJK_CSS_FILE, sansCjkCss } from '../lib/fonts/noto-sans-sc';

fs.writeFileSync(SANS_CJK_CSS_FILE, sansCjkCss());
console.log(`${SANS_CJK_CSS_FILE}  ${fs.statSync(SANS_CJK_CSS_FILE).size} bytes`);
