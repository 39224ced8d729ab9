import hskData from './data/hsk.json';

export const HSK_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HskLevel = (typeof HSK_LEVELS)[number];

/** What a word row keeps of its level and frequency: null is "not in HSK", "not in the frequency list". */
export interface WordLevels {
  hskLevel: HskLevel | null;
  generalRank: number | null;
}

let levelOfWord: Map<string, HskLevel> | undefined;

/**
 * The word's HSK 2.0 level (1–6), or null when no HSK list has this exact word (lib/chinese/data/hsk.json,
 * made by `npm run levels`). A word's characters alone never give it a level: 经济 is HSK 4, 经济学 is not in HSK.
 */
export function hskLevel(hanzi: string): HskLevel | null {
  if (!levelOfWord) {
    levelOfWord = new Map();
    hskData.levels.forEach((words, index) => {
      for (const word of words) levelOfWord!.set(word, (index + 1) as HskLevel);
    });
  }
  return levelOfWord.get(hanzi) ?? null;
}

export function isHskLevel(value: unknown): value is HskLevel {
  return typeof value === 'number' && (HSK_LEVELS as readonly number[]).includes(value);
}
