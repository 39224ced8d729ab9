/**
 * Which of a word's sentences make a good sentence card: the word blanked out must be the only place it
 * stands (else the sentence gives it away), the sentence long enough to be context and short enough to read
 * at a glance, and a sentence, not a heading. Pure: the data layer gives the candidates.
 */

/** Sentences near this length read best (as for context sentences). */
export const IDEAL_CARD_SENTENCE_LENGTH = 24;
/** Shorter than this (in characters, punctuation included) is a fragment, not context. */
export const MIN_CARD_SENTENCE_LENGTH = 8;
/** Longer than this no longer reads at a glance. */
export const MAX_CARD_SENTENCE_LENGTH = 80;
/** A paragraph of one line this short, without an end mark, is a heading (一、坚持人民至上). */
const HEADING_MAX_LENGTH = 30;

const END_MARK = /[。！？!?；;…]["”’」』）)]*$/;

export interface CandidateSentence {
  id: number;
  text: string;
  /** Whether it is the only sentence of its paragraph. */
  aloneInParagraph: boolean;
  /** The title of its article: a sentence that repeats it is a heading. */
  articleTitle: string;
}

/** How many times `word` is written in `text` (overlaps counted: the blank must be the only place it stands). */
export function timesWritten(text: string, word: string): number {
  if (!word) return 0;
  let count = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) count += 1;
  return count;
}

export function isHeading(sentence: CandidateSentence): boolean {
  const text = sentence.text.trim();
  if (text === sentence.articleTitle.trim()) return true;
  return sentence.aloneInParagraph && !END_MARK.test(text) && [...text].length <= HEADING_MAX_LENGTH;
}

export function isGoodCardSentence(word: string, sentence: CandidateSentence): boolean {
  const length = [...sentence.text.trim()].length;
  return (
    timesWritten(sentence.text, word) === 1 &&
    length >= Math.max(MIN_CARD_SENTENCE_LENGTH, [...word].length + 4) &&
    length <= MAX_CARD_SENTENCE_LENGTH &&
    !isHeading(sentence)
  );
}

/** The good sentences for a word's card, the best first: whole sentences, then nearest the ideal length, then the earliest. */
export function goodCardSentences<T extends CandidateSentence>(word: string, candidates: readonly T[]): T[] {
  return candidates
    .filter((sentence) => isGoodCardSentence(word, sentence))
    .map((sentence) => ({
      sentence,
      complete: END_MARK.test(sentence.text.trim()) ? 0 : 1,
      distance: Math.abs([...sentence.text.trim()].length - IDEAL_CARD_SENTENCE_LENGTH),
    }))
    .sort((a, b) => a.complete - b.complete || a.distance - b.distance || a.sentence.id - b.sentence.id)
    .map((entry) => entry.sentence);
}

/** The sentence after `currentId` among the good ones, round and round ("Another sentence"); null when there is none. */
export function nextCardSentence<T extends CandidateSentence>(word: string, candidates: readonly T[], currentId: number | null): T | null {
  const good = goodCardSentences(word, candidates);
  if (good.length === 0) return null;
  const at = good.findIndex((sentence) => sentence.id === currentId);
  return good[(at + 1) % good.length];
}
