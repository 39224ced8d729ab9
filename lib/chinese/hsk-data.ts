import fs from 'node:fs';
import { createRequire } from 'node:module';

/** Where `npm run levels` writes the HSK word lists the app reads (lib/chinese/levels.ts). */
export const HSK_DATA_FILE = 'lib/chinese/data/hsk.json';

export const HSK_SOURCE_PACKAGE = 'chinese-lexicon';

/** The HSK word lists as the app keeps them: each level's words, every word at its lowest level. */
export interface HskData {
  source: string;
  licence: string;
  /** levels[0] is HSK 1. */
  levels: string[][];
}

/**
 * The HSK 2.0 word lists (levels 1–6, 5,000 words) from the installed chinese-lexicon package, which keeps them
 * as one array literal in statistics/hsk.js (not exported: read as text). A word listed at two levels (还, 得, 长…)
 * keeps the lower one, the level a learner meets it at first.
 */
export function hskDataFromLexicon(): HskData {
  const require = createRequire(import.meta.url);
  const packageFile = require.resolve(`${HSK_SOURCE_PACKAGE}/package.json`);
  const { version, license, author } = JSON.parse(fs.readFileSync(packageFile, 'utf8')) as { version: string; license: string; author: string };
  const source = fs.readFileSync(packageFile.replace(/package\.json$/, 'statistics/hsk.js'), 'utf8');
  const literal = source.match(/let hsk = (\[[\s\S]*?\n\]);/);
  if (!literal) throw new Error(`${HSK_SOURCE_PACKAGE} ${version}: statistics/hsk.js no longer holds the HSK lists as Ciku expects.`);
  const lists = JSON.parse(literal[1]) as string[][];
  if (lists.length !== 6 || lists.some((list) => !Array.isArray(list) || list.some((word) => typeof word !== 'string'))) {
    throw new Error(`${HSK_SOURCE_PACKAGE} ${version}: expected six lists of words in statistics/hsk.js.`);
  }
  const seen = new Set<string>();
  const levels = lists.map((list) => list.filter((word) => !seen.has(word) && seen.add(word)));
  return {
    source: `${HSK_SOURCE_PACKAGE} ${version} (statistics/hsk.js): the HSK 2.0 vocabulary lists of 2012, levels 1–6`,
    licence: `${license}, © ${author}`,
    levels,
  };
}

/** The file's text: one level per line, so a change to the lists reads as a diff of levels. */
export function hskDataFile(data: HskData): string {
  const levels = data.levels.map((words) => `    ${JSON.stringify(words)}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(data.source)},\n  "licence": ${JSON.stringify(data.licence)},\n  "levels": [\n${levels}\n  ]\n}\n`;
}
