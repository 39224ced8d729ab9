import { pinyin } from 'pinyin-pro';
import type { Cedict } from './cedict';
import { composeMeaning, dictionaryReading, splitIntoWords } from './compose';
import { plainPinyin, toneMarkedKey } from './pinyin';
import { orderedMeanings, type Meaning } from './senses';

export type { Meaning } from './senses';

export interface WordDescription {
  /** Display pinyin with tone marks, as one word: "zhòngdà", "Wáng Yì". */
  pinyin: string;
  pinyinPlain: string;
  pinyinMarkedKey: string;
  /**
   * Grouped by reading; the reading shown in `pinyin` first, each reading's senses ordered for a learner
   * (see `orderedMeanings`). Never empty: a word the dictionary lacks gets one meaning composed from its
   * parts (`composed: true`).
   */
  meanings: Meaning[];
  inDictionary: boolean;
}

/**
 * Pinyin and meanings for a word. Pinyin is computed for the whole word by pinyin-pro (citation tones,
 * no tone sandhi), or for a one-character word from its sentences (`readingInContext`), then corrected by
 * CC-CEDICT: a single dictionary reading wins (率先 shuàixiān, 关系 guānxi, 王毅 Wáng Yì); among several,
 * the one pinyin-pro agrees with. A word CC-CEDICT lacks is split into dictionary words, each read and
 * glossed in the phrase (积极支持 → "积极 active · 支持 to support").
 */
export function describeWord(hanzi: string, cedict: Cedict, readingInContext?: string): WordDescription {
  const computed = readingInContext ? [readingInContext] : (pinyin(hanzi, { toneSandhi: false, type: 'array' }) as string[]);
  const inDictionary = cedict.lookup(hanzi).length > 0;
  let display: string;
  let meanings: Meaning[];
  if (inDictionary) {
    display = dictionaryReading(hanzi, cedict, computed).display;
    meanings = orderedMeanings(hanzi, [display], cedict);
  } else {
    const composed = composeMeaning(splitIntoWords(hanzi, cedict), cedict);
    display = composed.pinyin;
    const { parts: _parts, ...meaning } = composed;
    meanings = [meaning];
  }
  return {
    pinyin: display,
    pinyinPlain: plainPinyin(display),
    pinyinMarkedKey: toneMarkedKey(display),
    meanings,
    inDictionary,
  };
}

/**
 * A word as an import found it used: its readings in its sentences, most used first ("wèi", "wéi"). The first is
 * the word's main reading; the dictionary's senses come grouped by reading, the readings in use first. A word
 * the dictionary lacks gets the meaning of its parts, marked as composed.
 */
export function describeWordInUse(hanzi: string, readingsInUse: string[], cedict: Cedict): WordDescription {
  if (readingsInUse.length === 0) return describeWord(hanzi, cedict);
  const display = readingsInUse[0];
  const inDictionary = cedict.lookup(hanzi).length > 0;
  let meanings: Meaning[];
  if (inDictionary) {
    meanings = orderedMeanings(hanzi, readingsInUse, cedict);
  } else {
    const { parts: _parts, ...composed } = composeMeaning(splitIntoWords(hanzi, cedict), cedict);
    meanings = [{ ...composed, pinyin: display }];
  }
  return { pinyin: display, pinyinPlain: plainPinyin(display), pinyinMarkedKey: toneMarkedKey(display), meanings, inDictionary };
}
