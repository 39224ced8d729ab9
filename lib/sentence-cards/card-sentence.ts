import { isGoodCardSentence } from './choose-sentence';

interface ContextLike {
  id: number;
  text: string;
  highlights: [number, number][];
  readings: string[];
  articleTitle: string;
}

/**
 * The sentence a sentence card shows when its own is gone (an article edited or deleted): the first of the
 * word's context sentences, best first, that makes a good card; null when none does.
 */
export function cardSentenceFromContext(word: string, contexts: readonly ContextLike[]) {
  const found = contexts.find(
    (context) => context.highlights.length === 1 && isGoodCardSentence(word, { ...context, aloneInParagraph: false }),
  );
  if (!found) return null;
  const [[start, length]] = found.highlights;
  return { id: found.id, text: found.text, start, length, reading: found.readings[0] ?? '', articleTitle: found.articleTitle };
}

/** The sentence cut around the blank: what comes before the word, the word, and what comes after. */
export function splitAtBlank(sentence: { text: string; start: number; length: number }) {
  return {
    before: sentence.text.slice(0, sentence.start),
    word: sentence.text.slice(sentence.start, sentence.start + sentence.length),
    after: sentence.text.slice(sentence.start + sentence.length),
  };
}
