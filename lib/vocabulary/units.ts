import { isUnsegmentedRun } from '@/lib/text/extract';
import type { Lexicon } from './lexicon';
import { isApproximation, isNumberExpression, isNumeral, MEASURE_WORDS } from './numbers';
import { applyBoundaryRules, NO_BOUNDARY_RULES, type BoundaryRules } from './boundaries';
import { COUNTRY_PAIR_OR_SIDE, segmentRun, type Segment } from './segment';

export type UnitKind = 'word' | 'name' | 'number';

/** A word, name or number of a sentence: where it stands (UTF-16 offsets in the sentence text) and what it is. */
export interface SentenceUnit {
  text: string;
  start: number;
  length: number;
  kind: UnitKind;
  /** The phrase it was written in, when the segmenter's token was a phrase the dictionary lacks (积极支持). */
  phrase?: { start: number; length: number };
}

export interface SentenceToken {
  text: string;
  /** UTF-16 offset in the sentence text. */
  start: number;
}

const ONLY_HAN = /^[\p{Script=Han}〇]+$/u;

/** A token the pass studies: Chinese characters only, and short enough to be words (a longer run is an unsegmented passage). */
export const isChineseToken = (text: string) => ONLY_HAN.test(text) && !isUnsegmentedRun(text);
const ENDS_WITH_DIGIT = /\p{Nd}$/u;

/**
 * Numbers never become cards, nor their 多/余/几 pieces: 十九, 第二十七, "150 多", "726.2 亿". The measure word
 * that follows a number is a word (十九 届, 五 年, 150 多 个): measure words are what a learner studies there.
 * Dictionary words that begin with a numeral are words (百年, 第一时间, 一些, 美元 after 亿); so are Ciku's own
 * terms (十四五).
 */
export function kindOf(text: string, afterNumber: boolean, lexicon: Lexicon): UnitKind {
  if (lexicon.isCikuTerm(text)) return 'word';
  if (afterNumber && (isApproximation(text) || isNumeral(text))) return 'number';
  if (text.length > 1 && isNumeral(text)) return 'number';
  if (isNumberExpression(text) && (afterNumber || !lexicon.isWord(text))) return 'number';
  if (lexicon.isName(text) || COUNTRY_PAIR_OR_SIDE.test(text)) return 'name';
  return 'word';
}

/** A number with its measure word in one piece (一年, 第三届, 多万份) is the number, then the measure word. */
function withoutMeasure(segment: Segment): Segment[] {
  const last = segment.text.at(-1)!;
  if (segment.text.length < 2 || !MEASURE_WORDS.has(last)) return [segment];
  const number = { start: segment.start, length: segment.length - 1, text: segment.text.slice(0, -1) };
  return [number, { start: segment.start + segment.length - 1, length: 1, text: last }];
}

/**
 * The vocabulary of one sentence, from its segmenter's tokens: runs of Chinese tokens are re-cut into the
 * units a learner studies (see `segmentRun`), then told apart as words, names and numbers; the boundaries a
 * learner fixed (`rules`) have the last word.
 */
export function sentenceUnits(tokens: SentenceToken[], lexicon: Lexicon, rules: BoundaryRules = NO_BOUNDARY_RULES): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isChineseToken(tokens[index].text)) {
      index += 1;
      continue;
    }
    const first = index;
    while (index < tokens.length && isChineseToken(tokens[index].text) && (index === first || tokens[index].start === tokens[index - 1].start + tokens[index - 1].text.length)) index += 1;
    const run = tokens.slice(first, index);
    let afterNumber = first > 0 && ENDS_WITH_DIGIT.test(tokens[first - 1].text);
    const offset = run[0].start;
    for (const cut of segmentRun(run.map((token) => token.text), lexicon)) {
      const isNumber = kindOf(cut.text, afterNumber, lexicon) === 'number';
      const pieces = isNumber ? withoutMeasure(cut) : [cut];
      for (const [index, segment] of pieces.entries()) {
        // A number is a number, and its measure word a word.
        const kind: UnitKind = isNumber ? (index === 0 ? 'number' : 'word') : kindOf(segment.text, afterNumber, lexicon);
        afterNumber = kind === 'number';
        units.push({
          text: segment.text,
          start: offset + segment.start,
          length: segment.length,
          kind,
          ...(cut.phrase && { phrase: { start: offset + cut.phrase.start, length: cut.phrase.length } }),
        });
      }
    }
  }
  return rules.size === 0 ? units : applyBoundaryRules(units, rules, (text, afterNumber) => kindOf(text, afterNumber, lexicon));
}
