/**
 * The rules between a word's two cards, as the review queue applies them in SQL (lib/data/review.ts
 * `notBuried`, `introducible`); the word page tells the learner with these.
 */

type Kind = 'WORD' | 'SENTENCE';
type State = 'NEW' | 'LEARNING' | 'REVIEW' | 'RELEARNING';
type Status = 'ACTIVE' | 'SUSPENDED' | 'KNOWN' | 'RETIRED' | 'IGNORED';

/**
 * A new sentence card is introduced once its word card has graduated (REVIEW or RELEARNING: learned at least
 * once, past its learning steps) or the word is marked known: recall in context builds on recognition.
 */
export function wordCardLetsSentenceIn(wordCard: { state: State; status: Status }): boolean {
  return wordCard.status === 'KNOWN' || wordCard.state === 'REVIEW' || wordCard.state === 'RELEARNING';
}

/** Anki's sibling burying: a card waits for the next study day once the other card of its word was answered in this one. */
export function isBuried(card: { wordId: number; kind: Kind }, answeredToday: readonly { wordId: number; kind: Kind }[]): boolean {
  return answeredToday.some((answered) => answered.wordId === card.wordId && answered.kind !== card.kind);
}
