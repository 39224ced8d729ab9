import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareArticle, studiedSentences } from '@/lib/vocabulary/article';
import { loadCedict } from './cedict';
import { describeWord } from './describe-word';
import { PREFERRED_SENSES } from './preferred-senses';
import {
  isFlaggedSense,
  measureWordsOf,
  orderedMeanings,
  parseCrossReference,
  readableDefinition,
  senseRank,
  SPECIALISED,
  FLAGGED,
  EVERYDAY,
  REFERENCE,
} from './senses';

/** The words and names the vocabulary pass makes of the seed article. */
const SEED_WORDS = [
  ...new Set(
    [...studiedSentences(prepareArticle(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt', 'utf8')).body)].flatMap((sentence) =>
      sentence.occurrences.map((occurrence) => occurrence.hanzi),
    ),
  ),
];

const cedict = loadCedict();

/** What a card shows first for a word read as `reading` (a one-character word's reading comes from its sentences). */
function firstSense(hanzi: string, reading?: string): string {
  return describeWord(hanzi, cedict, reading).meanings[0].definitions[0];
}

function senses(hanzi: string, reading?: string): string[] {
  return describeWord(hanzi, cedict, reading).meanings[0].definitions;
}

describe('the sense a card shows first, as a teacher would give it', () => {
  it.each([
    // The misleading first senses the issue lists.
    ['年', 'nián', /^year$/],
    ['革命', undefined, /^revolution$/],
    ['开放', undefined, /^to open up\b/],
    ['引领', undefined, /^to lead$/],
    ['机制', undefined, /^mechanism$/],
    ['项', 'xiàng', /^item$/],
    // Everyday words a beginner meets in the first weeks.
    ['打', 'dǎ', /^to hit\b/],
    ['发', 'fā', /^to send out$/],
    ['会', 'huì', /^can\b/],
    ['行', 'xíng', /to walk/],
    ['还', 'hái', /^still$/],
    ['得', 'dé', /^to obtain$/],
    ['得', 'děi', /^to have to$/],
    ['地', 'dì', /^earth$/],
    ['东西', undefined, /^thing$/],
    ['本', 'běn', /\broot\b/],
    ['家', 'jiā', /^home$/],
    ['打算', undefined, /^to plan$/],
    ['意思', undefined, /^meaning$/],
    ['方便', undefined, /^convenient\b/],
    ['条件', undefined, /^condition\b/],
    ['问题', undefined, /^question$/],
    ['关系', undefined, /^relation$/],
    ['花', 'huā', /^flower$/],
    ['长', 'cháng', /^long$/],
    ['长', 'zhǎng', /^chief$/],
    ['重', 'zhòng', /^heavy$/],
    ['便宜', undefined, /^cheap\b/],
    ['教', 'jiāo', /^to teach\b/],
    ['数', 'shù', /^number\b/],
    ['要', 'yào', /^to want\b/],
    ['上', 'shàng', /\bup\b.*\babove\b/],
    ['后', 'hòu', /^back$/],
    ['里', 'lǐ', /^inside$/],
    ['台', 'tái', /^platform$/],
    ['面', 'miàn', /^face$/],
    ['干', 'gàn', /^to do$/],
    ['干', 'gān', /^dry$/],
    ['只', 'zhǐ', /^only\b/],
    ['几', 'jǐ', /^how many\b/],
    ['日', 'rì', /^day$/],
    ['关', 'guān', /^to close\b/],
    ['俄', 'é', /^Russia$/],
    ['故事', undefined, /^narrative; story\b/],
    ['活动', undefined, /\bactivity\b/],
    ['支持', undefined, /^to support$/],
    ['的', 'de', /^of\b/],
    ['了', 'le', /completed action/],
    ['也', 'yě', /^also\b/],
  ])('%s (%s) leads with %s', (hanzi, reading, expected) => {
    expect(firstSense(hanzi, reading)).toMatch(expected);
  });

  it('gives a measure word its measure-word sense first where it is almost always one', () => {
    expect(firstSense('届', 'jiè')).toMatch(/^measure word for events, meetings/);
    expect(firstSense('次', 'cì')).toMatch(/^measure word for enumerated events: time/);
    expect(senses('项', 'xiàng')[1]).toMatch(/^measure word for principles, items/);
  });

  it('keeps the other senses, the misleading ones after the everyday ones', () => {
    expect(senses('开放')).toEqual(expect.arrayContaining(['to bloom']));
    expect(senses('引领').indexOf("to crane one's neck")).toBeGreaterThan(senses('引领').indexOf('to lead'));
    expect(senses('年', 'nián')).toEqual(['year', 'grain', 'harvest (old)', 'surname Nian']);
  });

  it('puts the original, literary, old and surname senses after every everyday one', () => {
    const revolution = senses('革命');
    expect(revolution.at(-1)).toMatch(/^to withdraw the mandate of heaven/);
    const hua = senses('花', 'huā');
    expect(hua.indexOf('to spend (money, time)')).toBeGreaterThan(0);
    expect(hua.at(-1)).toBe('surname Hua');
  });

  it('shows the common spelling first when several traditional forms share a reading', () => {
    // 後 "back, after" is in far more headwords than 后 "empress".
    expect(senses('后', 'hòu').indexOf('empress')).toBeGreaterThan(senses('后', 'hòu').indexOf('after'));
    // 機制 "mechanism" before 機製 "machine-made".
    expect(senses('机制')).toEqual(['mechanism', 'machine-processed; machine-made']);
    // 於 "in; at" before 于 "to go".
    expect(firstSense('于', 'yú')).toMatch(/^\(of time or place\) in; at; on$/);
  });

  it('leads with the reading its articles use, the others after', () => {
    expect(orderedMeanings('便宜', ['piányi'], cedict).map((meaning) => meaning.pinyin)).toEqual(['piányi', 'biànyí']);
    expect(orderedMeanings('便宜', ['biànyí'], cedict).map((meaning) => meaning.pinyin)).toEqual(['biànyí', 'piányi']);
    expect(orderedMeanings('得', ['de', 'dé'], cedict).map((meaning) => meaning.pinyin).slice(0, 2)).toEqual(['de', 'dé']);
  });

  it('reads a colloquial neutral-tone word where pinyin-pro writes full tones', () => {
    // pinyin-pro reads 东西 dōngxī and 故事 gùshì: the everyday words are dōngxi "thing" and gùshi "story".
    expect(describeWord('东西', cedict)).toMatchObject({ pinyin: 'dōngxi' });
    expect(describeWord('故事', cedict)).toMatchObject({ pinyin: 'gùshi' });
    expect(orderedMeanings('东西', ['dōngxī'], cedict)[0].pinyin).toBe('dōngxi');
    // A neutral tone given on purpose is taken as it is.
    expect(orderedMeanings('东西', ['dōngxi'], cedict)[0].definitions[0]).toBe('thing');
    // Unless the full-tone word has far more senses: 精神 jīngshén "spirit".
    expect(describeWord('精神', cedict).meanings[0].definitions[0]).toBe('spirit');
  });

  it('keeps measure words out of the senses, as a note', () => {
    const nian = describeWord('年', cedict, 'nián').meanings[0];
    expect(nian.definitions.some((definition) => definition.startsWith('CL:'))).toBe(false);
    expect(nian.note).toBe('measure word: 个');
    expect(describeWord('花', cedict, 'huā').meanings[0].note).toBe('measure words: 朵, 支, 束, 把, 盆, 簇');
  });

  it('never leaves a preferred first sense that the dictionary no longer has', () => {
    for (const [hanzi, prefixes] of Object.entries(PREFERRED_SENSES)) {
      const meaning = orderedMeanings(hanzi, [], cedict).find((candidate) => candidate.definitions.some((definition) => definition.startsWith(prefixes[0])));
      expect(meaning?.definitions[0], hanzi).toMatch(new RegExp(`^${prefixes[0].replace(/[()[\].*+?^$|\\]/g, '\\$&')}`));
    }
  });
});

describe('cross-references', () => {
  it('shows the meaning of the word a variant points at, with a note', () => {
    expect(describeWord('擘画', cedict).meanings[0]).toEqual({ pinyin: 'bòhuà', definitions: ['to plan', 'to arrange'], note: 'variant of 擘划' });
  });

  it('shows the meaning of the word an abbreviation stands for', () => {
    const meaning = describeWord('自贸区', cedict).meanings[0];
    expect(meaning.definitions[0]).toBe('free trade zone');
    expect(meaning.note).toBe('short for 自由贸易区');
  });

  it('shows what a bound reading means through the word it is used in', () => {
    const tong = orderedMeanings('同', ['tòng'], cedict)[0];
    expect(tong).toMatchObject({ pinyin: 'tòng', definitions: ['lane; alley'], note: 'used in 胡同' });
  });

  it('drops a rare spelling pointing back at the word itself', () => {
    expect(senses('年', 'nián').some((definition) => /variant/.test(definition))).toBe(false);
    expect(senses('里', 'lǐ').some((definition) => /variant|also written/.test(definition))).toBe(false);
  });

  it('parses the reference forms CC-CEDICT uses', () => {
    expect(parseCrossReference('variant of 擘劃|擘划[bo4 hua4]')).toEqual({ kind: 'variant', hanzi: '擘划', pinyinNumbered: 'bo4 hua4' });
    expect(parseCrossReference('old variant of 年[nian2]')).toEqual({ kind: 'old variant', hanzi: '年', pinyinNumbered: 'nian2' });
    expect(parseCrossReference('erhua variant of 一點|一点[yi1 dian3]')).toMatchObject({ kind: 'erhua variant', hanzi: '一点' });
    expect(parseCrossReference('abbr. for 自由貿易區|自由贸易区[zi4 you2 mao4 yi4 qu1]')).toMatchObject({ kind: 'abbreviation', hanzi: '自由贸易区' });
    expect(parseCrossReference('see 胡同[hu2 tong4]')).toMatchObject({ kind: 'see', hanzi: '胡同' });
    expect(parseCrossReference('used in 胡同[hu2 tong4]')).toMatchObject({ kind: 'used in', hanzi: '胡同' });
    expect(parseCrossReference('used in place names')).toBeNull();
    expect(parseCrossReference('to see')).toBeNull();
  });

  it('resolves every cross-reference among the seed words: no card shows only a pointer', () => {
    for (const hanzi of SEED_WORDS) {
      for (const meaning of describeWord(hanzi, cedict).meanings) {
        expect(meaning.definitions.every((definition) => parseCrossReference(definition) !== null), `${hanzi} ${meaning.pinyin}`).toBe(false);
      }
    }
  });
});

describe('sense ranks', () => {
  it.each([
    ['year', EVERYDAY],
    ['(bound form) root; stem', EVERYDAY],
    ['(coll.) from; since', EVERYDAY],
    ['measure word for people (honorific)', EVERYDAY],
    ['(math.) sum', SPECIALISED],
    ['resonance (physics)', SPECIALISED],
    ['(slang) to compete to an unhealthy degree', SPECIALISED],
    ['(literary) surplus; spare', FLAGGED],
    ['grain / harvest (old)', FLAGGED],
    ['to withdraw the mandate of heaven (and transition to a new dynasty) (original meaning)', FLAGGED],
    ['(Tw) borough', FLAGGED],
    ['(dialect) OK; all right', FLAGGED],
    ['surname Nian', FLAGGED],
    ['variant of 擘劃|擘划[bo4 hua4]', REFERENCE],
    ['used in 道行[dao4 heng2]', REFERENCE],
    ['Taiwan pr. [fa3]', REFERENCE],
  ])('ranks "%s" as %i', (definition, rank) => {
    expect(senseRank(definition)).toBe(rank);
  });

  it('flags literary, archaic, old, surname and pointer senses, not the everyday ones', () => {
    expect(isFlaggedSense('(archaic) shield')).toBe(true);
    expect(isFlaggedSense('abbr. for 美國|美国[Mei3 guo2]')).toBe(true);
    expect(isFlaggedSense('to send out')).toBe(false);
    expect(isFlaggedSense('(joining two nouns) and; together with; with (Taiwan pr. [han4])')).toBe(false);
  });
});

describe('readable definitions', () => {
  it('writes references the way a reader expects', () => {
    expect(readableDefinition('if (same as 要是[yao4 shi5])')).toBe('if (same as 要是 yàoshi)');
    expect(readableDefinition('(bound form) USA (abbr. for 美國|美国[Mei3 guo2])')).toBe('(bound form) USA (abbr. for 美国 Měiguó)');
    expect(readableDefinition('dream (CL:場|场[chang2])')).toBe('dream (measure word: 场 cháng)');
    expect(readableDefinition('classifier for books, periodicals, files etc')).toBe('measure word for books, periodicals, files etc');
  });

  it('reads a measure-word list', () => {
    expect(measureWordsOf('CL:個|个[ge4],件[jian4]')).toEqual(['个', '件']);
    expect(measureWordsOf('classifier for books')).toBeNull();
  });
});

describe('the seed article, measured as the issue does', () => {
  const described = SEED_WORDS.map((hanzi) => ({ hanzi, ...describeWord(hanzi, cedict) }));

  it('gives every word a meaning', () => {
    expect(described.filter((word) => word.meanings.length === 0 || word.meanings[0].definitions.length === 0)).toEqual([]);
  });

  it('leads with a flagged sense only where the word has no other', () => {
    const flaggedFirst = described.filter((word) => isFlaggedSense(word.meanings[0].definitions[0]));
    for (const word of flaggedFirst) expect(word.meanings[0].definitions.every(isFlaggedSense), word.hanzi).toBe(true);
  });

  it('composes a meaning for each word the dictionary lacks', () => {
    const missing = described.filter((word) => !word.inDictionary);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((word) => word.meanings[0].composed === true)).toBe(true);
  });
});
