/**
 * Tones of written pinyin, for ruby text and tone colours: a word's pinyin ("guānxi", "Xī'ān", "Zhōng-Měi")
 * cut into one syllable per character, each with its tone (5 is the neutral tone).
 */

export type Tone = 1 | 2 | 3 | 4 | 5;

export interface Syllable {
  text: string;
  tone: Tone;
}

const TONE_OF_MARK = new Map<string, Tone>();
for (const [vowels, tone] of [
  ['āēīōūǖ', 1],
  ['áéíóúǘ', 2],
  ['ǎěǐǒǔǚ', 3],
  ['àèìòùǜ', 4],
] as const) {
  for (const vowel of vowels) TONE_OF_MARK.set(vowel, tone);
}

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = [
  'a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'er', 'i', 'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing',
  'iong', 'u', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang', 'ueng', 'v', 've', 'van', 'vn', 'ue', 'io', 'e^',
];
// Syllables written without a vowel: interjections (嗯 ng, 呣 m, 哼 hng) and the 儿 of erhua (r).
const SYLLABLES = new Set<string>(['m', 'n', 'ng', 'hm', 'hng', 'r']);
for (const initial of INITIALS) for (const final of FINALS) SYLLABLES.add(initial + final);
const LONGEST_SYLLABLE = 6;

/** A syllable's letters without tone marks, ü as v: "lǜ" → "lv". */
function baseLetters(syllable: string): string {
  return syllable
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/e\u0302/g, 'e^')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** The tone of one written syllable: its tone mark, or 5 (neutral) when it has none. */
export function toneOf(syllable: string): Tone {
  for (const letter of syllable.normalize('NFC').toLowerCase()) {
    const tone = TONE_OF_MARK.get(letter);
    if (tone) return tone;
  }
  return 5;
}

function marks(piece: string): number {
  let count = 0;
  for (const letter of piece.toLowerCase()) if (TONE_OF_MARK.has(letter)) count++;
  return count;
}

/** Every way to cut one run of letters into pinyin syllables, longest first syllable first. */
function cuts(run: string, limit: number): string[][] {
  const results: string[][] = [];
  const walk = (start: number, taken: string[]) => {
    if (results.length >= 64 || taken.length > limit) return;
    if (start === run.length) {
      results.push(taken);
      return;
    }
    for (let end = Math.min(run.length, start + LONGEST_SYLLABLE); end > start; end--) {
      const piece = run.slice(start, end);
      if (SYLLABLES.has(baseLetters(piece)) && marks(piece) <= 1) walk(end, [...taken, piece]);
    }
  };
  walk(0, []);
  return results;
}

/**
 * A word's pinyin as one syllable per syllable of the word: `count` syllables when it can be cut that way
 * (pass the number of Chinese characters), else the longest-first cut. Apostrophes, spaces and hyphens only
 * separate syllables; text that is not pinyin stays whole with the neutral tone.
 */
export function pinyinSyllables(pinyin: string, count?: number): Syllable[] {
  const runs = pinyin.split(/[\s'’\-·]+/).filter(Boolean);
  const options = runs.map((run) => {
    const found = cuts(run, count ?? Number.POSITIVE_INFINITY);
    return found.length ? found : [[run]];
  });
  const pick = (index: number, left: number | undefined): string[] | null => {
    if (index === runs.length) return left === undefined || left === 0 ? [] : null;
    for (const option of options[index]) {
      if (left !== undefined && option.length > left) continue;
      const rest = pick(index + 1, left === undefined ? undefined : left - option.length);
      if (rest) return [...option, ...rest];
    }
    return null;
  };
  const chosen = (count !== undefined && pick(0, count)) || options.flatMap((option) => option[0]);
  return chosen.map((text) => ({ text, tone: toneOf(text) }));
}

// Written out whole: Tailwind generates only the utilities whose names it finds in the sources.
const TONE_CLASSES = { 1: 'tone-1', 2: 'tone-2', 3: 'tone-3', 4: 'tone-4', 5: 'tone-5' } as const;

/** The CSS class that colours a tone (globals.css), as Pleco does: 1 red, 2 green, 3 blue, 4 purple, neutral grey. */
export function toneClass(tone: Tone): string {
  return TONE_CLASSES[tone];
}
