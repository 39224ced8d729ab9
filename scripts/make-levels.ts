// npm run levels: writes lib/chinese/data/hsk.json, the HSK word lists, from the installed chinese-lexicon (a development dependency).
import fs from 'node:fs';
import { HSK_DATA_FILE, hskDataFile, hskDataFromLexicon } from '../lib/chinese/hsk-data';

const data = hskDataFromLexicon();
fs.writeFileSync(HSK_DATA_FILE, hskDataFile(data));
console.log(`${HSK_DATA_FILE}  ${data.levels.map((words, index) => `HSK ${index + 1}: ${words.length}`).join(', ')}  ${fs.statSync(HSK_DATA_FILE).size} bytes`);
