import type { BoundaryChange } from '@/lib/data/boundaries';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const list = (words: string[]) => words.join(', ');

/**
 * What a boundary fix changes, in sentences for the learner: before it is made ("1 card will be retired, its
 * 3 reviews kept") and once it is ("1 card was retired, its 3 reviews kept").
 */
export function describeBoundaryChange(change: BoundaryChange, when: 'preview' | 'done'): string[] {
  const will = when === 'preview';
  const lines = [
    `${change.before.join(' + ')} → ${change.after.join(' + ')} in ${plural(change.sentences, 'sentence')}${change.articles > 1 ? ` of ${plural(change.articles, 'article')}` : ''}.`,
  ];
  if (change.newWords.length) lines.push(`${change.newWords.length === 1 ? 'New word' : 'New words'}: ${list(change.newWords)}.`);
  for (const card of change.moved) {
    const history = card.reviews ? `, its ${plural(card.reviews, 'review')} and all` : '';
    lines.push(`Your card of ${card.hanzi} ${will ? 'will go on' : 'goes on'} as ${card.to}${history}.`);
  }
  if (change.retired.length) {
    const reviews = change.retired.reduce((sum, card) => sum + card.reviews, 0);
    const one = change.retired.length === 1;
    const kept = reviews ? `, ${one ? 'its' : 'their'} ${plural(reviews, 'review')} kept` : '';
    lines.push(`${plural(change.retired.length, 'card')} ${will ? 'will be' : one ? 'was' : 'were'} retired${kept}: ${list(change.retired.map((card) => card.hanzi))}.`);
  }
  for (const card of change.restored) {
    const history = card.reviews ? `, with its ${plural(card.reviews, 'review')}` : '';
    lines.push(`${card.hanzi} ${will ? 'will come' : 'comes'} back to your reviews${history}.`);
  }
  return lines;
}
