/**
 * Pinyin spelling: CC-CEDICT's numbered syllables to tone marks, Hanyu Pinyin word orthography,
 * and the keys that let a learner search with or without tones.
 * Search keys write ü as "v" (nǚ → "nv"), the way pinyin keyboards type it; "u:", "ü" and "v" in a query all mean ü.
 */

const MARKS: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

const SYLLABLE = /^([a-zü:]+)([1-5])?$/i;

function markSyllable(syllable: string): string {
  const match = SYLLABLE.exec(syllable);
  if (!match) return syllable;
  const capital = /^[A-Z]/.test(match[1]);
  let letters = match[1].toLowerCase().replace(/u:|v/g, 'ü');
  const tone = Number(match[2] ?? 5);
  if (tone >= 1 && tone <= 4) {
    // The mark goes on a or e; on the o of "ou"; otherwise on the last vowel.
    const index = /[ae]/.test(letters)
      ? letters.search(/[ae]/)
      : letters.includes('ou')
        ? letters.indexOf('o')
        : Math.max(...[...'iouü'].map((vowel) => letters.lastIndexOf(vowel)));
    if (index >= 0) letters = letters.slice(0, index) + MARKS[letters[index]][tone - 1] + letters.slice(index + 1);
  }
  return capital ? letters[0].toUpperCase() + letters.slice(1) : letters;
}

/** "zhong4 da4" → ["zhòng", "dà"]; tone 5 or no digit is the neutral tone (no mark). */
export function numberedToMarked(numbered: string): string[] {
  return numbered.trim().split(/\s+/).filter(Boolean).map(markSyllable);
}

/**
 * Hanyu Pinyin orthography for a word: syllables run together, an apostrophe before a syllable that starts
 * with a, o or e (Xī'ān, nǚ'ér), a space before each capitalised syllable of a name (Wáng Yì, Xí Jìnpíng).
 */
export function joinSyllables(syllables: string[]): string {
  let result = '';
  syllables.forEach((syllable, index) => {
    if (index > 0) {
      if (/^\p{Lu}/u.test(syllable)) result += ' ';
      else if (/^[aoeāáǎàōóǒòēéěè]/.test(syllable) && /\p{L}$/u.test(result)) result += "'";
    }
    result += syllable;
  });
  return result;
}

function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** Lowercase ASCII search key without tones: "Zhòngdà" → "zhongda", "nǚ'ér" → "nver". */
export function plainPinyin(text: string): string {
  return stripMarks(text.toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v'))
    .replace(/[1-5]/g, '')
    .replace(/[^a-z]/g, '');
}

/** Lowercase search key with the tone marks kept: "Zhòng dà" → "zhòngdà". */
export function toneMarkedKey(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/[\s'’·-]/g, '');
}

const PINYIN_QUERY = /^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv:1-5\s'’]+$/u;
const HAS_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

/**
 * A search query read as pinyin: "zhongda", "zhong da", "zhòngdà", "zhong4da4" or "zhong4 da4".
 * `marked` carries the tones when the query has any (numbers become marks), else null; `plain` is "" when
 * the query cannot be pinyin.
 */
export function normalizePinyinQuery(query: string): { plain: string; marked: string | null } {
  const trimmed = query.trim();
  if (!trimmed || !PINYIN_QUERY.test(trimmed)) return { plain: '', marked: null };
  const plain = plainPinyin(trimmed);
  if (HAS_MARK.test(trimmed)) return { plain, marked: toneMarkedKey(trimmed.replace(/v|u:/g, 'ü')) };
  if (/[1-5]/.test(trimmed)) {
    const syllables = trimmed.toLowerCase().replace(/([1-5])/g, '$1 ').split(/[\s'’]+/).filter(Boolean);
    return { plain, marked: toneMarkedKey(numberedToMarked(syllables.join(' ')).join('')) };
  }
  return { plain, marked: null };
}
