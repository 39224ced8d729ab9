import { describe, expect, it } from 'vitest';
import { HEADWORD, parseCedict, STARTS_LONGER } from './cedict';

const source = [
  '# CC-CEDICT sample',
  '中國 中国 [Zhong1 guo2] /China/',
  '中國人 中国人 [Zhong1 guo2 ren2] /Chinese person/',
  '中華人民共和國 中华人民共和国 [Zhong1 hua2 Ren2 min2 Gong4 he2 guo2] /People\'s Republic of China/',
  '中 中 [zhong1] /within/',
  '吉 吉 [ji2] /lucky/',
  '𠮷 𠮷 [ji2] /variant of 吉/',
  '𠮷野家 𠮷野家 [Ji2 ye3 jia1] /Yoshinoya/',
].join('\n');

describe('headwordShapes', () => {
  const cedict = parseCedict(source);
  const shapes = cedict.headwordShapes();
  const of = (text: string) => shapes.of(`【${text}】`, 1, 1 + text.length);

  it('tells a headword, the start of a longer one, both, or neither, for stretches of any length', () => {
    expect(of('中')).toBe(HEADWORD | STARTS_LONGER);
    expect(of('中国')).toBe(HEADWORD | STARTS_LONGER);
    expect(of('中国人')).toBe(HEADWORD);
    expect(of('中华')).toBe(STARTS_LONGER);
    expect(of('中华人民共和')).toBe(STARTS_LONGER);
    expect(of('中华人民共和国')).toBe(HEADWORD);
    expect(of('吉')).toBe(HEADWORD);
    expect(of('国')).toBe(0);
    expect(of('中人')).toBe(0);
    expect(of('中国人民')).toBe(0);
  });

  it('knows traditional headwords too, and characters outside the Basic Multilingual Plane by their code units', () => {
    expect(of('中國')).toBe(HEADWORD | STARTS_LONGER);
    expect(of('𠮷')).toBe(HEADWORD | STARTS_LONGER);
    expect(of('𠮷野')).toBe(STARTS_LONGER);
    expect(of('𠮷野家')).toBe(HEADWORD);
  });

  it('answers for every pair of a dictionary far larger than its first table', () => {
    const lines: string[] = [];
    for (let first = 0x4e00; first < 0x4e00 + 300; first++) {
      for (let second = 0x5000; second < 0x5000 + 300; second++) {
        const word = String.fromCharCode(first, second);
        lines.push(`${word} ${word} [a1 b1] /x/`);
      }
    }
    const big = parseCedict(lines.join('\n')).headwordShapes();
    for (let first = 0x4e00; first < 0x4e00 + 300; first += 7) {
      for (let second = 0x5000; second < 0x5000 + 300; second += 11) {
        expect(big.of(String.fromCharCode(first, second), 0, 2)).toBe(HEADWORD);
      }
    }
    expect(big.of(String.fromCharCode(0x4e00, 0x4fff), 0, 2)).toBe(0);
    expect(big.of('\0\0', 0, 2)).toBe(0);
  });
});

describe('countContaining', () => {
  const cedict = parseCedict(source);

  it('counts the headwords of a script holding a character or a longer form, each headword once', () => {
    expect(cedict.countContaining('中', 'simplified')).toBe(4);
    expect(cedict.countContaining('国', 'simplified')).toBe(3);
    expect(cedict.countContaining('國', 'traditional')).toBe(3);
    expect(cedict.countContaining('国', 'traditional')).toBe(0);
    expect(cedict.countContaining('中国', 'simplified')).toBe(2);
    expect(cedict.countContaining('中国', 'simplified')).toBe(2);
    expect(cedict.countContaining('人民共和', 'simplified')).toBe(1);
    expect(cedict.countContaining('国中', 'simplified')).toBe(0);
    expect(cedict.countContaining('', 'simplified')).toBe(0);
  });

  it('takes a character outside the Basic Multilingual Plane as one character', () => {
    expect(cedict.countContaining('𠮷', 'simplified')).toBe(2);
    expect(cedict.countContaining('𠮷野', 'simplified')).toBe(1);
    expect(cedict.countContaining('野', 'simplified')).toBe(1);
  });
});

describe('lookup', () => {
  const cedict = parseCedict(
    [
      '# comment 不 [bu4] /not an entry/',
      '長 长 [chang2] /long/',
      '長 长 [zhang3] /chief/',
      '乾 干 [gan1] /dry/',
      '幹 干 [gan4] /to do/',
      '干 干 [gan1] /to concern/',
      '後 后 [hou4] /back/',
      '后 后 [hou4] /empress/',
      'not-an-entry-line',
      '',
    ].join('\n'),
  );

  it('finds every entry of a simplified headword, in the order of the file', () => {
    expect(cedict.lookup('长').map((entry) => entry.pinyinNumbered)).toEqual(['chang2', 'zhang3']);
    expect(cedict.lookup('干').map((entry) => entry.definitions[0])).toEqual(['dry', 'to do', 'to concern']);
  });

  it('finds a traditional headword by its own entries, and a simplified one first when a form is both', () => {
    expect(cedict.lookup('長').map((entry) => entry.simplified)).toEqual(['长', '长']);
    expect(cedict.lookup('幹')).toEqual([{ traditional: '幹', simplified: '干', pinyinNumbered: 'gan4', definitions: ['to do'] }]);
    expect(cedict.lookup('后').map((entry) => entry.definitions[0])).toEqual(['back', 'empress']);
  });

  it('knows nothing of comments, broken lines, parts of headwords or longer stretches', () => {
    expect(cedict.size).toBe(7);
    for (const hanzi of ['不', 'not', '长长', '', '乾干']) {
      expect(cedict.has(hanzi)).toBe(false);
      expect(cedict.lookup(hanzi)).toEqual([]);
    }
    expect(['长', '長', '乾', '幹', '干', '後', '后'].every((hanzi) => cedict.has(hanzi))).toBe(true);
  });
});
