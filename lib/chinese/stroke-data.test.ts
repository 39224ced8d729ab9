import { describe, expect, it } from 'vitest';
import { readStrokeData, strokeCharacter } from './stroke-data';

describe('strokeCharacter', () => {
  it('accepts exactly one Han character, including one outside the Basic Multilingual Plane', () => {
    expect(strokeCharacter('国')).toBe('国');
    expect(strokeCharacter('𠀀')).toBe('𠀀');
  });

  it('refuses anything else: several characters, none, Latin, digits, punctuation, paths and NUL', () => {
    for (const hostile of ['ab', '', '国家', 'a', '1', '。', '../../package.json', '国/..', '\u0000', '国\u0000', '%00', ' 国', '\uD840', 'x'.repeat(10_000)]) {
      expect(strokeCharacter(hostile), JSON.stringify(hostile.slice(0, 20))).toBeNull();
    }
  });
});

describe('readStrokeData', () => {
  it('reads a character’s strokes from the app’s own copy of hanzi-writer-data', async () => {
    const data = JSON.parse((await readStrokeData('国'))!);
    expect(data.strokes).toHaveLength(8);
    expect(data.medians).toHaveLength(8);
  });

  it('answers null for a Han character the data lacks, and for anything that is not one character', async () => {
    expect(await readStrokeData('𠀀')).toBeNull();
    expect(await readStrokeData('../package')).toBeNull();
  });
});
