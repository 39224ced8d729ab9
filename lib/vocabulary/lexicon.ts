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
  /** How often general Chinese text uses it as a word (jieba's word counts); 0 when it never stands alone. */
  usage(hanzi: string): number;
  /** The longest entry worth trying when joining tokens. */
  maxWordLength: number;
}

const CAPITALISED = /^[A-Z]/;

let jiebaCounts: Map<string, number> | undefined;

/** jieba's dictionary (MIT, shipped with @node-rs/jieba): 349,000 words with how often a corpus used each. */
function loadJiebaCounts(): Map<string, number> {
  if (!jiebaCounts) {
    const text = fs.readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
    jiebaCounts = new Map();
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const firstSpace = text.indexOf(' ', lineStart);
      if (firstSpace > lineStart && firstSpace < lineEnd) {
        const secondSpace = text.indexOf(' ', firstSpace + 1);
        jiebaCounts.set(text.slice(lineStart, firstSpace), Number(text.slice(firstSpace + 1, secondSpace > 0 && secondSpace < lineEnd ? secondSpace : lineEnd)));
      }
      lineStart = lineEnd + 1;
    }
  }
  return jiebaCounts;
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
    usage: (hanzi) => loadJiebaCounts().get(hanzi) ?? 0,
    maxWordLength: 8,
  };
}
