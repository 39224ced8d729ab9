/** What BoundaryControls needs to know of a word of the reading view's text. */
export interface BoundaryTarget {
  sentenceId: number;
  tokenIndex: number;
  hanzi: string;
  nextHanzi: string | null;
}

const WORD = '[data-w]';

/** A word span's characters, without the pinyin of ruby. */
function hanziOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('rt, rp').forEach((node) => node.remove());
  return copy.textContent ?? '';
}

/**
 * The word a span of the reading view stands for, as a boundary fix names it: its sentence (the [data-s] around
 * it), its place among that sentence's word spans (they are its occurrences, in order), and the next word when it
 * is written right after it (no punctuation, number or space between).
 */
export function boundaryTargetOf(element: HTMLElement): BoundaryTarget | null {
  const sentence = element.closest<HTMLElement>('[data-s]');
  if (!sentence) return null;
  const words = [...sentence.querySelectorAll<HTMLElement>(WORD)];
  const tokenIndex = words.indexOf(element);
  if (tokenIndex < 0) return null;
  const next = words[tokenIndex + 1];
  return {
    sentenceId: Number(sentence.dataset.s),
    tokenIndex,
    hanzi: hanziOf(element),
    nextHanzi: next && element.nextSibling === next ? hanziOf(next) : null,
  };
}
