import { describe, expect, it } from 'vitest';
import { loadCedict } from './cedict';
import { composeMeaning, shortGloss, splitIntoWords } from './compose';

const cedict = loadCedict();

describe('splitIntoWords', () => {
  it.each([
    ['外部环境', ['外部', '环境']],
    ['如期完成', ['如期', '完成']],
    ['党和国家', ['党', '和', '国家']],
    ['积极支持', ['积极', '支持']],
    ['团结合作', ['团结', '合作']],
    ['中美关系', ['中美', '关系']],
    ['阿富汗人', ['阿富汗', '人']],
    ['超大规模', ['超', '大规模']],
    ['阔步前进', ['阔步', '前进']],
  ])('splits %s into dictionary words', (token, words) => {
    expect(cedict.lookup(token)).toEqual([]);
    expect(splitIntoWords(token, cedict)).toEqual(words);
  });

  it('keeps a word the dictionary has whole', () => {
    expect(splitIntoWords('改革开放', cedict)).toEqual(['改革开放']);
    expect(splitIntoWords('年', cedict)).toEqual(['年']);
  });

  it('uses the fewest pieces, not the longest first piece', () => {
    // Greedy longest match would take 团结合 if it existed; the best cover never leaves a stray character
    // when two words fit.
    expect(splitIntoWords('相互促进', cedict)).toEqual(['相互', '促进']);
  });

  it('lets a frequency list choose between splits with as many pieces', () => {
    const frequency = (word: string) => (word === '强音' ? 1000 : 1);
    const pretending = { ...cedict, has: (hanzi: string) => hanzi === '强音' || hanzi === '最强' || cedict.has(hanzi) };
    expect(splitIntoWords('最强音', pretending, { frequency })).toEqual([
      '最',
      '强音',
    ]);
  });
});

describe('shortGloss', () => {
  it.each([
    ['active', 'active'],
    ['(bound form) root; stem', 'root'],
    ["of; ~'s (possessive particle)", 'of'],
    ['(possessive particle, literary equivalent of 的 de)', 'possessive particle'],
    ['lit. daily changes of temperature (idiom)', 'daily changes of temperature'],
    ['measure word for gifts, newspaper, magazine, papers, reports, contracts etc', 'measure word for gifts'],
  ])('shortens "%s" to "%s"', (definition, gloss) => {
    expect(shortGloss(definition)).toBe(gloss);
  });
});

describe('composeMeaning', () => {
  it('glosses each part of a free phrase with its first everyday sense, marked as composed', () => {
    expect(composeMeaning(['积极', '支持'], cedict)).toEqual({
      pinyin: 'jījízhīchí',
      definitions: ['积极 active · 支持 to support'],
      composed: true,
      parts: [
        { hanzi: '积极', pinyin: 'jījí', gloss: 'active' },
        { hanzi: '支持', pinyin: 'zhīchí', gloss: 'to support' },
      ],
    });
  });

  it('reads each part in the phrase and glosses that reading', () => {
    const meaning = composeMeaning(['党', '和', '国家'], cedict);
    expect(meaning.definitions).toEqual(['党 party · 和 and · 国家 country']);
    expect(meaning.pinyin).toBe('dǎnghéguójiā');
  });

  it('sets a name part apart in the pinyin', () => {
    expect(composeMeaning(['中美', '关系'], cedict).pinyin).toBe('Zhōng-Měi guānxi');
    expect(composeMeaning(['大', '爱'], cedict).pinyin).toBe("dà'ài");
  });

  it('never leaves a part without something to show', () => {
    const meaning = composeMeaning(['外部', '环境'], cedict);
    expect(meaning.parts.every((part) => part.gloss.length > 0)).toBe(true);
    expect(meaning.definitions[0]).toBe('外部 the outside · 环境 environment');
  });
});
