import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/chinese/cedict';
import { boundaryRuleProblem, compileBoundaryRules, type BoundaryRule } from './boundaries';
import { cedictLexicon } from './lexicon';
import { sentenceUnits } from './units';

const lexicon = cedictLexicon(loadCedict());

const join = (...parts: string[]): BoundaryRule => ({ kind: 'JOIN', hanzi: parts.join(''), parts });
const split = (...parts: string[]): BoundaryRule => ({ kind: 'SPLIT', hanzi: parts.join(''), parts });

/** The units of a segmented sentence (spaces between tokens) under these rules, as "text" or "text:kind" for names and numbers. */
function cut(segmented: string, rules: BoundaryRule[] = []): string {
  const tokens: { text: string; start: number }[] = [];
  let offset = 0;
  for (const text of segmented.split(' ')) {
    tokens.push({ text, start: offset });
    offset += text.length;
  }
  return sentenceUnits(tokens, lexicon, compileBoundaryRules(rules))
    .map((unit) => (unit.kind === 'word' ? unit.text : `${unit.text}:${unit.kind}`))
    .join(' ');
}

describe('cutting a sentence with the boundaries a learner fixed', () => {
  it('joins words the pass keeps apart, wherever they stand together, segmented or not', () => {
    expect(cut('外部 环境 复杂')).toBe('外部 环境 复杂');
    expect(cut('外部 环境 复杂', [join('外部', '环境')])).toBe('外部环境 复杂');
    // Unsegmented text that the segmenter left as one phrase, which the pass split.
    expect(cut('外部环境 复杂', [join('外部', '环境')])).toBe('外部环境 复杂');
    expect(cut('面对 外部 环境 和 外部 环境', [join('外部', '环境')])).toBe('面对 外部环境 和 外部环境');
  });

  it('keeps the phrase a joined word was written in only when it is larger than the word', () => {
    const tokens = [{ text: '外部环境', start: 0 }];
    const [unit] = sentenceUnits(tokens, lexicon, compileBoundaryRules([join('外部', '环境')]));
    expect(unit).toEqual({ text: '外部环境', start: 0, length: 4, kind: 'word' });
  });

  it('splits a word wherever it stands, including one the pass joined or one split further', () => {
    expect(cut('负责 任 的 大国')).toBe('负责任 的 大国');
    expect(cut('负责 任 的 大国', [split('负责', '任')])).toBe('负责 任 的 大国');
    expect(cut('负责任 的 大国', [split('负责', '任')])).toBe('负责 任 的 大国');
    expect(cut('负责任 的 大国', [split('负责', '任'), split('负', '责')])).toBe('负 责 任 的 大国');
    expect(cut('负责任 的 大国', [split('负', '责任')])).toBe('负 责任 的 大国');
  });

  it('never joins across punctuation, a number or a cut inside a word', () => {
    expect(cut('外部 ， 环境', [join('外部', '环境')])).toBe('外部 环境');
    expect(cut('碳中 和', [join('中', '和')])).toBe('碳中和');
    expect(cut('十九 届', [join('十九', '届')])).toBe('十九:number 届');
  });

  it('joins the longest run that is a joined word, and a joined word made of split parts', () => {
    expect(cut('外部 环境 复杂', [join('外部', '环境'), join('外部环境', '复杂')])).toBe('外部环境复杂');
    expect(cut('负责任 的', [split('负责', '任'), join('任', '的')])).toBe('负责 任的');
  });

  it('tells the new units apart as words and names', () => {
    expect(cut('习近平 同志', [join('习近平', '同志')])).toBe('习近平同志');
    expect(cut('中美关系', [split('中美', '关系')])).toBe('中美:name 关系');
    expect(cut('一些 国家', [split('一', '些')])).toBe('一 些 国家');
  });

  it('changes nothing without rules, and ignores a rule that is not valid', () => {
    expect(cut('负责 任', [{ kind: 'JOIN', hanzi: '负责任', parts: ['负', '任'] }])).toBe('负责任');
  });
});

describe('a boundary rule', () => {
  it.each([
    [join('外部', '环境'), null],
    [split('负责', '任'), null],
    [{ kind: 'JOIN', hanzi: '外部', parts: ['外部'] } as BoundaryRule, 'A boundary needs at least two words on either side.'],
    [{ kind: 'SPLIT', hanzi: '外部', parts: ['外部', ''] } as BoundaryRule, 'A word cannot be empty.'],
    [join('外部', 'ab'), 'Only words of Chinese characters can be joined or split.'],
    [join('外部', '，'), 'Only words of Chinese characters can be joined or split.'],
    [join('外部', '\u0000'), 'Only words of Chinese characters can be joined or split.'],
    [{ kind: 'JOIN', hanzi: '外部环境', parts: ['外部', '环'] } as BoundaryRule, 'The parts do not make up the word.'],
    [join('中华人民共和国', '国务院总理', '们'), 'A joined word can have at most 12 characters.'],
  ])('%o is refused with %s', (rule, problem) => {
    expect(boundaryRuleProblem(rule)).toBe(problem);
  });
});
