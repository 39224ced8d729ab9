/**
 * A long article is read a part at a time, so that a novel's page stays as light as a short article's. A part
 * is whole paragraphs, about PART_SENTENCES sentences (a paragraph longer than that is a part of its own).
 */
export const PART_SENTENCES = 150;

/** Where each part starts and ends: sentence positions, inclusive. */
export interface ArticlePart {
  first: number;
  last: number;
}

/** The parts of an article from the paragraph of each sentence, in order of position. */
export function splitIntoParts(sentences: readonly { position: number; paragraph: number }[], size = PART_SENTENCES): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let current: ArticlePart | null = null;
  let count = 0;
  sentences.forEach((sentence, index) => {
    const startsParagraph = index === 0 || sentence.paragraph !== sentences[index - 1].paragraph;
    if (!current || (startsParagraph && count >= size)) {
      current = { first: sentence.position, last: sentence.position };
      parts.push(current);
      count = 0;
    }
    current.last = sentence.position;
    count += 1;
  });
  return parts;
}

/**
 * The part to show, 1-based: the one holding `position` when given, otherwise the part asked for, kept within
 * the article (past the last gives the last; anything that is not a whole number gives the first).
 */
export function choosePart(parts: readonly ArticlePart[], asked: number | null, position: number | null): number {
  if (parts.length === 0) return 1;
  if (position !== null) {
    const holding = parts.findIndex((part) => position >= part.first && position <= part.last);
    if (holding >= 0) return holding + 1;
  }
  if (asked === null || !Number.isSafeInteger(asked) || asked < 1) return 1;
  return Math.min(asked, parts.length);
}

/** Where a sentence is read: its article's page at the part that holds it, scrolled to it. */
export function sentenceHref(articleId: number, sentenceId: number): string {
  return `/articles/${articleId}?sentence=${sentenceId}#s-${sentenceId}`;
}
