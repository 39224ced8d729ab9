import { describe, expect, it } from 'vitest';
import { pinyinSyllables, toneOf } from './tones';

const texts = (pinyin: string, count?: number) => pinyinSyllables(pinyin, count).map((syllable) => syllable.text);
const tones = (pinyin: string, count?: number) => pinyinSyllables(pinyin, count).map((syllable) => syllable.tone);

describe('toneOf', () => {
  it('reads the tone from the mark, neutral without one', () => {
    expect(['mā', 'má', 'mǎ', 'mà', 'ma'].map(toneOf)).toEqual([1, 2, 3, 4, 5]);
    expect(['lǖ', 'lǘ', 'lǚ', 'lǜ', 'lü'].map(toneOf)).toEqual([1, 2, 3, 4, 5]);
    expect(toneOf('Zhōng')).toBe(1);
  });
});

describe('pinyinSyllables', () => {
  it('cuts a word written together into its syllables', () => {
    expect(texts('guānxi', 2)).toEqual(['guān', 'xi']);
    expect(tones('guānxi', 2)).toEqual([1, 5]);
    expect(texts('zhòngdà', 2)).toEqual(['zhòng', 'dà']);
    expect(texts('gòngchǎndǎng', 3)).toEqual(['gòng', 'chǎn', 'dǎng']);
  });

  it('follows the number of characters where a run could be cut two ways', () => {
    expect(texts('Xīān', 2)).toEqual(['Xī', 'ān']);
    expect(texts('xiān', 1)).toEqual(['xiān']);
    expect(texts('fāngàn', 2)).toEqual(['fāng', 'àn']);
    expect(texts('fānggàn', 2)).toEqual(['fāng', 'gàn']);
  });

  it('treats apostrophes, spaces and hyphens as separators', () => {
    expect(texts("Xī'ān", 2)).toEqual(['Xī', 'ān']);
    expect(texts('Xí Jìnpíng', 3)).toEqual(['Xí', 'Jìn', 'píng']);
    expect(texts('Zhōng-Měi guānxì', 4)).toEqual(['Zhōng', 'Měi', 'guān', 'xì']);
    expect(texts("nǚ'ér", 2)).toEqual(['nǚ', 'ér']);
  });

  it('cuts erhua and interjections', () => {
    expect(texts('yīdiǎnr', 3)).toEqual(['yī', 'diǎn', 'r']);
    expect(texts('ng', 1)).toEqual(['ng']);
  });

  it('keeps text that is not pinyin whole', () => {
    expect(pinyinSyllables('5G', 2)).toEqual([{ text: '5G', tone: 5 }]);
    expect(texts('')).toEqual([]);
  });

  it('cuts longest first without a count', () => {
    expect(texts('zhōngguó')).toEqual(['zhōng', 'guó']);
  });
});
