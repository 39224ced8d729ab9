import fs from 'node:fs';
import { packageFile } from './package-file';

/**
 * jieba's dictionary (MIT, shipped with @node-rs/jieba: "word count tag" on each line, 349,000 words counted in
 * a general corpus), read from its file when asked. Importing `@node-rs/jieba/dict.js` instead would hold 11 MB
 * for as long as the process runs: the dictionary and jieba's keyword weights, which nothing here uses.
 */
export function jiebaDictionary(): Buffer {
  return fs.readFileSync(packageFile('@node-rs/jieba/dict.txt'));
}
