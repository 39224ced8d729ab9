import { isFunctionWord } from '@/lib/chinese/function-words';
import { HEADWORD, STARTS_LONGER } from '@/lib/chinese/cedict';
import type { Lexicon } from './lexicon';
import { isNumberExpression } from './numbers';

/** A unit the pass cuts a run of Chinese tokens into: offsets in characters (UTF-16) of the run. */
export interface Segment {
  start: number;
  length: number;
  text: string;
  /** The token it came from, when that token was a phrase the dictionary lacks and was split into words. */
  phrase?: { start: number; length: number };
}

/** Costs that make the pass prefer, in order: dictionary words, fewer units, the segmenter's own cut. */
const UNIT = 1;
const NOT_IN_DICTIONARY = 3;
const JOIN = 0.2;
const CUT = 0.3;

interface Token {
  text: string;
  start: number;
  end: number;
  known: boolean;
}

/**
 * Re-cuts a run of consecutive Chinese tokens (the segmenter's first cut) into units a learner studies:
 * tokens that together form a dictionary word are joined (一带 一路 → 一带一路, 碳中 和 → 碳中和), a cut
 * across a dictionary word is moved (开 创新 局 → 开创 新局), and a token the dictionary lacks is split into
 * its dictionary words (积极支持 → 积极 支持). Among the cuts whose units are all dictionary words, the one
 * with the fewest units wins; a tie keeps the segmenter's cut. A one-character grammatical word (的, 和, 在)
 * is never glued to its neighbours, except inside an idiom of four or more characters.
 */
export function segmentRun(tokenTexts: string[], lexicon: Lexicon): Segment[] {
  // The same run of tokens is cut the same way wherever it stands: a book repeats many.
  const key = tokenTexts.join(' ');
  let cache = cuts.get(lexicon);
  if (!cache) cuts.set(lexicon, (cache = new Map()));
  const known = cache.get(key);
  if (known) return known;
  const segments = cutRun(tokenTexts, lexicon);
  if (cache.size >= CUTS_KEPT) cache.clear();
  cache.set(key, segments);
  return segments;
}

const cuts = new WeakMap<Lexicon, Map<string, Segment[]>>();
const CUTS_KEPT = 50_000;
const UNREACHED = -2;

function cutRun(tokenTexts: string[], lexicon: Lexicon): Segment[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const text of tokenTexts) {
    tokens.push({ text, start: offset, end: offset + text.length, known: lexicon.isWord(text) || isNumberExpression(text) });
    offset += text.length;
  }
  const run = tokenTexts.join('');
  const tokenAt = new Array<Token>(run.length);
  for (const token of tokens) for (let index = token.start; index < token.end; index++) tokenAt[index] = token;
  const isBoundary = (position: number) => position === 0 || position === run.length || tokenAt[position].start === position;

  const unitCost = (start: number, end: number, isWord: boolean): number | null => {
    const token = tokenAt[start];
    if (token.start === start && token.end === end) return UNIT + (token.known ? 0 : NOT_IN_DICTIONARY);
    if (!isWord) return end - start === 1 ? UNIT + NOT_IN_DICTIONARY : null;
    let joins = 0;
    let gluesGrammar = false;
    let repairsFragment = !tokenAt[start].known;
    for (let position = start; position < end; position++) {
      if (!isBoundary(position) && position !== start) continue;
      const token = tokenAt[position];
      if (position > start) joins += 1;
      if (!token.known) repairsFragment = true;
      if (token.end <= end && token.start >= start && token.text.length === 1 && isFunctionWord(token.text)) gluesGrammar = true;
    }
    // 的 话 is not 的话: a grammatical word joins only a fragment it completes, or an idiom.
    if (joins > 0 && gluesGrammar && !repairsFragment && end - start < 4) return null;
    return UNIT + JOIN * joins;
  };
  /** Ending a unit inside a token the dictionary knows breaks a word; inside a phrase it lacks, it does not. */
  const cutCost = (position: number) => (isBoundary(position) || !tokenAt[position].known ? 0 : CUT);

  // The cheapest cut of the run's first `end` characters: its cost, and where its last unit starts (UNREACHED
  // before any cut ends there). Typed arrays: a book has a few hundred thousand positions.
  const bestCost = new Float64Array(run.length + 1);
  const bestFrom = new Int32Array(run.length + 1).fill(UNREACHED);
  bestFrom[0] = -1;
  const relax = (start: number, end: number, isWord: boolean) => {
    const cost = unitCost(start, end, isWord);
    if (cost === null) return;
    const total = bestCost[start] + cost + (end < run.length ? cutCost(end) : 0);
    // Strictly better only: among equal cuts, the one found first (the longer last unit) is kept.
    const from = bestFrom[end];
    if (from === UNREACHED || total < bestCost[end] - 1e-9 || (Math.abs(total - bestCost[end]) <= 1e-9 && start < from)) {
      bestCost[end] = total;
      bestFrom[end] = start;
    }
  };
  for (let start = 0; start < run.length; start++) {
    if (bestFrom[start] === UNREACHED) continue;
    // Units that start here: a single character, every longer dictionary word (tried only while some entry
    // still starts with the characters so far), and the segmenter's token, however long.
    let end = start + 1;
    for (; end <= Math.min(run.length, start + lexicon.maxWordLength); end++) {
      const shape = lexicon.shape(run, start, end) | (end === start + 1 ? STARTS_LONGER : 0);
      relax(start, end, (shape & HEADWORD) !== 0);
      if (!(shape & STARTS_LONGER)) {
        end += 1;
        break;
      }
    }
    const tokenEnd = tokenAt[start].end;
    if (isBoundary(start) && tokenEnd >= end) relax(start, tokenEnd, lexicon.isWord(run.slice(start, tokenEnd)));
  }

  const segments: Segment[] = [];
  for (let end = run.length; end > 0; end = bestFrom[end]) {
    const start = bestFrom[end];
    segments.push({ start, length: end - start, text: run.slice(start, end) });
  }
  segments.reverse();
  return keepUnknownWordsWhole(segments, tokenAt, lexicon);
}

/** A character jieba rarely sees standing alone is a bound morpheme (疫, 疆, 涉), not a word a learner studies by itself. */
const BOUND_USAGE = 1000;
/** One-character names of countries and regions as compounds use them: 中美, 中拉, 美方. */
const COUNTRY = '美俄日韩欧非拉印缅英法德朝巴澳加阿越老柬泰蒙新菲';
export const COUNTRY_PAIR_OR_SIDE = new RegExp(`^(中[${COUNTRY}]|[${COUNTRY}]方)$`, 'u');
/** Localisers that end a phrase (危机中 育先机): a token the dictionary lacks that starts with one was cut one character late. */
const LOCALISER = /^[中上下里内外前后]/u;

/**
 * A token the dictionary lacks was split into dictionary words above. It stays whole instead when splitting
 * would leave a bound morpheme as a "word" (染疫 → 染 疫, where 疫 never stands alone), when it is a pair of
 * countries or a country's side (中拉, 美方), or when it is an idiom whose split leaves loose characters
 * rather than words (沉渣泛起 → 沉 渣 泛起). A free phrase (积极支持, 党和国家, 最大) stays split, and so does a
 * token that starts with a localiser the segmenter glued to the next verb (危机中 育: 中育).
 */
function keepUnknownWordsWhole(segments: Segment[], tokenAt: Token[], lexicon: Lexicon): Segment[] {
  const result: Segment[] = [];
  let index = 0;
  while (index < segments.length) {
    const segment = segments[index];
    const token = tokenAt[segment.start];
    let last = index;
    while (last + 1 < segments.length && segments[last + 1].start + segments[last + 1].length <= token.end) last += 1;
    const pieces = segments.slice(index, last + 1);
    const tilesToken = !token.known && pieces.length > 1 && pieces[0].start === token.start && pieces.at(-1)!.start + pieces.at(-1)!.length === token.end;
    if (tilesToken && keepsWhole(token.text, pieces.map((piece) => piece.text), lexicon)) {
      result.push({ start: token.start, length: token.text.length, text: token.text });
    } else {
      for (const piece of pieces) {
        const inPhrase = !token.known && pieces.length > 1 && token.start <= piece.start && piece.start + piece.length <= token.end;
        result.push(inPhrase ? { ...piece, phrase: { start: token.start, length: token.text.length } } : piece);
      }
    }
    index = last + 1;
  }
  return result;
}

function keepsWhole(token: string, pieces: string[], lexicon: Lexicon): boolean {
  if (COUNTRY_PAIR_OR_SIDE.test(token)) return true;
  if (LOCALISER.test(token)) return false;
  const loose = pieces.filter((piece) => piece.length === 1 && !isFunctionWord(piece));
  if (loose.some((piece) => lexicon.characterUsage(piece) < BOUND_USAGE)) return true;
  return token.length >= 4 && loose.length >= 2;
}
