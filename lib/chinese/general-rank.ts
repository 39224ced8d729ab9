import { jiebaDictionary } from './jieba-dictionary';
import { hskLevel, type WordLevels } from './levels';

/** jieba's counts, ascending: kept once read, 1.4 MB; the words themselves are read again for each batch. */
let sortedCounts: Int32Array | undefined;

/** The count on every line of jieba's dictionary ("word count tag"), ascending. */
function sortedCountsOf(text: string): Int32Array {
  let lines = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lines++;
  const counts = new Int32Array(lines + 1);
  let filled = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const space = text.indexOf(' ', lineStart);
    if (space > lineStart && space < lineEnd) counts[filled++] = parseCount(text, space + 1, lineEnd);
    lineStart = lineEnd + 1;
  }
  return counts.subarray(0, filled).sort();
}

function parseCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) break;
    count = count * 10 + digit;
  }
  return count;
}

/** 1 + how many words jieba counted more often: words counted equally share a rank. */
function rankOfCount(sorted: Int32Array, count: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= count) low = middle + 1;
    else high = middle;
  }
  return sorted.length - low + 1;
}

/**
 * The general frequency rank of each word jieba's dictionary has (`jiebaDictionary`): 1 for the word it counted
 * most often (了), words counted equally share a rank; a word it lacks is not in the map. One pass over the
 * dictionary for the whole list, holding none of its words afterwards (a map of them all would keep 30 MB in
 * the server for good).
 */
export function generalRanks(hanziList: Iterable<string>): Map<string, number> {
  const wanted = new Map<number, string[]>();
  for (const hanzi of hanziList) {
    if (!hanzi) continue;
    const first = hanzi.charCodeAt(0);
    const words = wanted.get(first);
    if (!words) wanted.set(first, [hanzi]);
    else if (!words.includes(hanzi)) words.push(hanzi);
  }
  const counts = new Map<string, number>();
  if (wanted.size === 0) return counts;
  const text = jiebaDictionary().toString('utf8');
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const candidates = wanted.get(text.charCodeAt(lineStart));
    if (candidates) {
      const space = text.indexOf(' ', lineStart);
      const length = space - lineStart;
      for (const hanzi of candidates) {
        if (hanzi.length === length && text.startsWith(hanzi, lineStart)) {
          counts.set(hanzi, parseCount(text, space + 1, lineEnd));
          break;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  // Ranking needs every count, sorted: only when some word was found (a backfill often asks about words no list has).
  if (counts.size === 0) return counts;
  const sorted = (sortedCounts ??= sortedCountsOf(text));
  return new Map([...counts].map(([hanzi, count]) => [hanzi, rankOfCount(sorted, count)]));
}

/** One word's general frequency rank, or null when jieba's dictionary lacks it; for many words use `generalRanks`. */
export function generalRank(hanzi: string): number | null {
  return generalRanks([hanzi]).get(hanzi) ?? null;
}

/** The HSK level and general rank of each word, with one pass over the frequency list. */
export function wordLevels(hanziList: readonly string[]): Map<string, WordLevels> {
  const ranks = generalRanks(hanziList);
  return new Map(hanziList.map((hanzi) => [hanzi, { hskLevel: hskLevel(hanzi), generalRank: ranks.get(hanzi) ?? null }]));
}
