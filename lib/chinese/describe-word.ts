import { pinyin } from 'pinyin-pro';
import type { Cedict } from './cedict';
import { joinSyllables, numberedToMarked, plainPinyin, toneMarkedKey } from './pinyin';

export interface Meaning {
  pinyin: string;
  definitions: string[];
}

export interface WordDescription {
  /** Display pinyin with tone marks, as one word: "zhòngdà", "Wáng Yì". */
  pinyin: string;
  pinyinPlain: string;
  pinyinMarkedKey: string;
  /** Grouped by reading; the reading shown in `pinyin` first. */
  meanings: Meaning[];
  inDictionary: boolean;
}

const CROSS_REFERENCE = /^(old )?variant of |^see (also )?\S+$/i;
/** Literary, archaic, dialect and surname senses come after the everyday ones. */
const SECONDARY = /^\((literary|archaic|old|dialect|Tw|Cantonese|classical)\b|^surname |^(old )?variant of |^see |^used in /i;

interface Reading {
  syllables: string[];
  display: string;
  definitions: string[];
}

function sameSyllable(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // A neutral tone on either side (no mark) matches any tone of the same syllable.
  return x === y || ((plainPinyin(x) === x || plainPinyin(y) === y) && plainPinyin(x) === plainPinyin(y));
}

function sameReading(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((syllable, index) => sameSyllable(syllable, b[index]));
}

/**
 * Pinyin and meanings for a word. Pinyin is computed for the whole word by pinyin-pro (citation tones,
 * no tone sandhi), or for a one-character word from its sentences (`readingInContext`), then corrected by CC-CEDICT: a single dictionary reading wins (率先 shuàixiān,
 * 关系 guānxi, 王毅 Wáng Yì); among several, the one pinyin-pro agrees with.
 */
export function describeWord(hanzi: string, cedict: Cedict, readingInContext?: string): WordDescription {
  const computed = readingInContext ? [readingInContext] : (pinyin(hanzi, { toneSandhi: false, type: 'array' }) as string[]);
  const readings = new Map<string, Reading>();
  for (const entry of cedict.lookup(hanzi)) {
    const syllables = numberedToMarked(entry.pinyinNumbered);
    const key = syllables.join(' ').toLowerCase();
    const reading = readings.get(key);
    if (!reading) {
      readings.set(key, { syllables, display: joinSyllables(syllables), definitions: [...entry.definitions] });
      continue;
    }
    // A common word and a name with the same reading: show the common spelling, its meanings first.
    if (syllables.join(' ') === key) {
      reading.syllables = syllables;
      reading.display = joinSyllables(syllables);
      reading.definitions = [...entry.definitions, ...reading.definitions];
    } else {
      reading.definitions.push(...entry.definitions);
    }
  }

  const all = [...readings.values()];
  const chosen = all.length === 1 ? all[0] : all.find((reading) => sameReading(reading.syllables, computed));
  const display = chosen?.display ?? joinSyllables(computed);
  const meanings = [...(chosen ? [chosen] : []), ...all.filter((reading) => reading !== chosen)].map((reading) => {
    const definitions = [...new Set(reading.definitions)].sort((a, b) => Number(SECONDARY.test(a)) - Number(SECONDARY.test(b)));
    const meaningful = definitions.filter((definition) => !CROSS_REFERENCE.test(definition));
    return { pinyin: reading.display, definitions: meaningful.length ? meaningful : definitions };
  });
  return {
    pinyin: display,
    pinyinPlain: plainPinyin(display),
    pinyinMarkedKey: toneMarkedKey(display),
    meanings,
    inDictionary: all.length > 0,
  };
}
