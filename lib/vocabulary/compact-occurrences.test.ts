import { describe, expect, it } from 'vitest';
import { CompactOccurrences } from './compact-occurrences';

const sentence = (occurrences: { hanzi: string; start: number; reading: string; phrase?: { start: number; length: number } }[]) => ({
  index: 0,
  paragraph: 0,
  text: '',
  unsegmentedRuns: 0,
  occurrences: occurrences.map((occurrence) => ({ ...occurrence, kind: 'word' as const, length: occurrence.hanzi.length })),
});

describe('occurrences kept as numbers', () => {
  it('give back each sentence’s occurrences, words and readings as they were added', () => {
    const store = new CompactOccurrences();
    store.add(sentence([{ hanzi: '积极', start: 0, reading: 'jījí', phrase: { start: 0, length: 4 } }, { hanzi: '支持', start: 2, reading: 'zhīchí', phrase: { start: 0, length: 4 } }]));
    store.add(sentence([]));
    store.add(sentence([{ hanzi: '为', start: 3, reading: 'wéi' }, { hanzi: '积极', start: 5, reading: 'jījí' }]));
    const sentences = [...store.sentences()];
    expect(sentences).toHaveLength(3);
    expect(sentences[0]).toEqual([
      { word: 0, start: 0, length: 2, reading: 'jījí', phrase: { start: 0, length: 4 } },
      { word: 1, start: 2, length: 2, reading: 'zhīchí', phrase: { start: 0, length: 4 } },
    ]);
    expect(sentences[1]).toEqual([]);
    expect(sentences[2].map((occurrence) => store.words[occurrence.word])).toEqual(['为', '积极']);
    expect(store.words).toEqual(['积极', '支持', '为']);
  });

  it('hold more occurrences than one chunk', () => {
    const store = new CompactOccurrences();
    for (let index = 0; index < 20_000; index++) store.add(sentence([{ hanzi: `词${index % 100}`, start: index % 50, reading: 'cí' }]));
    const sentences = [...store.sentences()];
    expect(sentences).toHaveLength(20_000);
    expect(sentences[19_999][0]).toMatchObject({ word: 99, start: 19_999 % 50 });
  });
});
