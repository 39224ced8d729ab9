import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Cedict } from '@/lib/chinese/cedict';

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
  /** The longest entry worth trying when joining tokens. */
  maxWordLength: number;
}

const CAPITALISED = /^[A-Z]/;

let characterCounts: Map<string, number> | undefined;

/**
 * How often jieba's dictionary (MIT, shipped with @node-rs/jieba: 349,000 words counted in a corpus) saw
 * each single character used as a word on its own. Only characters are kept: they are all the pass asks about.
 */
function loadCharacterCounts(): Map<string, number> {
  if (!characterCounts) {
    const text = fs.readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
    characterCounts = new Map();
    for (const match of text.matchAll(/^(\p{Script=Han}) (\d+)/gmu)) characterCounts.set(match[1], Number(match[2]));
  }
  return characterCounts;
}

export interface ExtraWords {
  /** Terms CC-CEDICT lacks that Ciku knows (十四五, 联防联控). */
  words: ReadonlySet<string>;
  /** Names CC-CEDICT lacks (澜湄, 中拉). */
  names: ReadonlySet<string>;
}

/** CC-CEDICT and Ciku's own terms; answers are remembered, since an article asks about the same words often. */
export function cedictLexicon(cedict: Cedict, extra: ExtraWords = { words: new Set(), names: new Set() }): Lexicon {
  const kinds = new Map<string, 'word' | 'name' | null>();
  const kindOf = (hanzi: string) => {
    let kind = kinds.get(hanzi);
    if (kind === undefined) {
      const entries = cedict.lookup(hanzi);
      if (extra.names.has(hanzi)) kind = 'name';
      else if (entries.length > 0) kind = entries.every((entry) => CAPITALISED.test(entry.pinyinNumbered)) ? 'name' : 'word';
      else kind = extra.words.has(hanzi) ? 'word' : null;
      kinds.set(hanzi, kind);
    }
    return kind;
  };
  return {
    isWord: (hanzi) => kindOf(hanzi) !== null,
    isName: (hanzi) => kindOf(hanzi) === 'name',
    isCikuTerm: (hanzi) => extra.words.has(hanzi) || extra.names.has(hanzi),
    characterUsage: (character) => loadCharacterCounts().get(character) ?? 0,
    maxWordLength: 8,
  };
}
