import type { Cedict, HeadwordShapes } from '@/lib/chinese/cedict';
import { CIKU_TERM_HANZI } from '@/lib/chinese/ciku-terms';
import { jiebaDictionary } from '@/lib/chinese/jieba-dictionary';

/** What the vocabulary pass asks of its dictionaries. */
export interface Lexicon {
  /** A dictionary entry: a word or name a learner can study (CC-CEDICT, or Ciku's own list of terms it lacks). */
  isWord(hanzi: string): boolean;
  /** A proper name (person, place, organisation): every dictionary entry of it is one. */
  isName(hanzi: string): boolean;
  /** One of Ciku's own terms (十四五): a word even where the number rule would not make it one. */
  isCikuTerm(hanzi: string): boolean;
  /** How often general Chinese text uses this one character as a word by itself (jieba's counts); 0 when never. */
  characterUsage(character: string): number;
  /** HEADWORD when `text.slice(start, end)` is an entry, STARTS_LONGER when a longer entry starts with it (see `Cedict.headwordShapes`). */
  shape(text: string, start: number, end: number): number;
  /** The longest entry worth trying when joining tokens. */
  maxWordLength: number;
}

const CAPITALISED = /^[A-Z]/;

let characterCounts: Map<string, number> | undefined;

/**
 * How often jieba's dictionary (`jiebaDictionary`) saw each single character used as a word on its own. Only
 * characters are kept: they are all the pass asks about.
 */
function loadCharacterCounts(): Map<string, number> {
  if (!characterCounts) {
    const text = jiebaDictionary().toString('utf8');
    characterCounts = new Map();
    for (let lineStart = 0; lineStart < text.length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      // A one-character word: its character, a space, its count (BMP characters; jieba has no others).
      if (text.charCodeAt(lineStart + 1) === 32) characterCounts.set(text[lineStart], Number.parseInt(text.slice(lineStart + 2, lineEnd), 10));
      lineStart = lineEnd + 1;
    }
  }
  return characterCounts;
}

/** CC-CEDICT (with Ciku's own terms, which `loadCedict` adds); answers are remembered, an article asks about the same words often. */
export function cedictLexicon(cedict: Cedict): Lexicon {
  const names = new Map<string, boolean>();
  const isName = (hanzi: string) => {
    let name = names.get(hanzi);
    if (name === undefined) {
      const entries = cedict.lookup(hanzi);
      name = entries.length > 0 && entries.every((entry) => CAPITALISED.test(entry.pinyinNumbered));
      names.set(hanzi, name);
    }
    return name;
  };
  let shapes: HeadwordShapes | undefined;
  return {
    isWord: (hanzi) => cedict.has(hanzi),
    isName: (hanzi) => cedict.has(hanzi) && isName(hanzi),
    isCikuTerm: (hanzi) => CIKU_TERM_HANZI.has(hanzi),
    shape: (text, start, end) => (shapes ??= cedict.headwordShapes()).of(text, start, end),
    characterUsage: (character) => loadCharacterCounts().get(character) ?? 0,
    maxWordLength: 8,
  };
}
