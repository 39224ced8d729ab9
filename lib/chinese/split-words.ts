import type { Cedict } from './cedict';

export interface SplitOptions {
  /**
   * How common a word is (a count from a frequency list such as jieba's), to choose between splits with
   * as many pieces: 最强音 → 最 强音 or 最强 音. Without it, the piece found in more dictionary headwords wins.
   */
  frequency?: (word: string) => number;
  /** Longest piece tried, in characters (default 8). */
  maxLength?: number;
  /** False: a dictionary word is split too (to write a long name's pinyin in its words). */
  wholeAllowed?: boolean;
}

interface Cover {
  pieces: string[];
  count: number;
  singles: number;
  score: number;
}

function better(a: Cover, b: Cover | undefined): boolean {
  if (!b) return true;
  if (a.count !== b.count) return a.count < b.count;
  if (a.singles !== b.singles) return a.singles < b.singles;
  return a.score > b.score;
}

/**
 * Splits a token the dictionary lacks into dictionary words, with as few pieces as possible (then as few
 * single characters, then the most common pieces): 外部环境 → 外部 环境, 如期完成 → 如期 完成,
 * 积极支持 → 积极 支持, 党和国家 → 党 和 国家. A character no entry has stays a piece of its own.
 * A token the dictionary has is returned whole.
 */
export function splitIntoWords(token: string, cedict: Cedict, options: SplitOptions = {}): string[] {
  const characters = [...token];
  const wholeAllowed = options.wholeAllowed ?? true;
  if (characters.length <= 1 || (wholeAllowed && cedict.has(token))) return [token];
  const maxLength = options.maxLength ?? 8;
  const weight = (word: string): number =>
    Math.log1p(options.frequency ? options.frequency(word) : cedict.countContaining(word, 'simplified'));
  const best: (Cover | undefined)[] = [{ pieces: [], count: 0, singles: 0, score: 0 }];
  for (let end = 1; end <= characters.length; end += 1) {
    for (let start = Math.max(0, end - maxLength); start < end; start += 1) {
      const before = best[start];
      if (!before) continue;
      if (!wholeAllowed && start === 0 && end === characters.length) continue;
      const piece = characters.slice(start, end).join('');
      const single = end - start === 1;
      if (!single && !cedict.has(piece)) continue;
      const candidate: Cover = {
        pieces: [...before.pieces, piece],
        count: before.count + 1,
        singles: before.singles + (single ? 1 : 0),
        score: before.score + (single ? 0 : weight(piece)),
      };
      if (better(candidate, best[end])) best[end] = candidate;
    }
  }
  return best[characters.length]!.pieces;
}
