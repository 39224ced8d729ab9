import { describe, expect, it } from 'vitest';
import { meaningsForReading } from './reading-first';

const WEI = [
  { pinyin: 'wéi', definitions: ['to act as'] },
  { pinyin: 'wèi', definitions: ['because of', 'for'] },
];

describe('meaningsForReading', () => {
  it('puts the meanings of the reading used in the sentence first', () => {
    expect(meaningsForReading(WEI, 'wèi').map((meaning) => meaning.pinyin)).toEqual(['wèi', 'wéi']);
  });

  it('matches readings written with other case, spaces or apostrophes', () => {
    const meanings = [{ pinyin: 'xiān', definitions: ['first'] }, { pinyin: "Xī'ān", definitions: ['Xi’an'] }];
    expect(meaningsForReading(meanings, 'xī ān')[0].pinyin).toBe("Xī'ān");
    expect(meaningsForReading(meanings, 'XĪ-ĀN')[0].pinyin).toBe("Xī'ān");
  });

  it('keeps the order when the reading is the first, unknown or empty', () => {
    expect(meaningsForReading(WEI, 'wéi')).toBe(WEI);
    expect(meaningsForReading(WEI, 'wěi')).toBe(WEI);
    expect(meaningsForReading(WEI, '')).toBe(WEI);
  });
});
