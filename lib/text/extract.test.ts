import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractSentences, isUnsegmentedRun, isVocabularyToken, MAX_WORD_LENGTH } from './extract';

const seedText = fs.readFileSync('prisma/seed/000_145fa75775678c09.txt', 'utf8');
const seed = extractArticle(seedText);
const frequency = (hanzi: string) => seed.words.find((word) => word.hanzi === hanzi)?.frequency;

describe('extracting the seed article', () => {
  it('finds its sentences and words', () => {
    expect(seed.sentences).toHaveLength(124);
    expect(seed.words).toHaveLength(1064);
    expect(seed.occurrences).toHaveLength(seed.words.reduce((sum, word) => sum + word.frequency, 0));
  });

  it('counts how often each word occurs', () => {
    expect(frequency('的')).toBe(84);
    expect(frequency('中国')).toBe(44);
    expect(frequency('合作')).toBe(25);
    expect(frequency('率先')).toBe(4);
    // Every count equals the number of times the token stands in the file.
    const tokens = seedText.split(/\s+/);
    for (const word of seed.words.slice(0, 200)) expect(tokens.filter((token) => token === word.hanzi)).toHaveLength(word.frequency);
  });

  it('keeps no punctuation, numbers or Latin as words', () => {
    for (const word of seed.words) expect(word.hanzi).toMatch(/^\p{Script=Han}+$/u);
    expect(frequency('2020')).toBeUndefined();
    expect(frequency('，')).toBeUndefined();
  });

  it('leaves out numbers with measure words but keeps single numerals', () => {
    for (const token of ['一年', '第一个', '十九', '第二十次', '第三届']) expect(frequency(token)).toBeUndefined();
    expect(frequency('一')).toBeGreaterThan(0);
    expect(frequency('进一步')).toBeGreaterThan(0);
  });

  it('writes sentences without the segmentation spaces', () => {
    expect(seed.sentences[3].text).toBe('刚刚过去的2020年，百年变局与世纪疫情相互激荡、叠加共振，无论对世界还是中国都是极不平凡的一年。');
    const spaced = seed.sentences.filter((sentence) => / /.test(sentence.text)).map((sentence) => sentence.index);
    // Only the title and the byline had spaces in the original.
    expect(spaced).toEqual([0, 1]);
  });

  it('keeps an original space as one space', () => {
    expect(seed.sentences[0].text).toBe('迎难而上 为国担当 奋力开启中国特色大国外交新征程');
  });

  it('points every occurrence at its word in the sentence text', () => {
    for (const occurrence of seed.occurrences) {
      const text = seed.sentences[occurrence.sentenceIndex].text;
      expect(text.slice(occurrence.start, occurrence.start + occurrence.length)).toBe(occurrence.hanzi);
    }
  });

  it('extracts the whole article in well under 50 ms', () => {
    const started = performance.now();
    extractArticle(seedText);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('splitting sentences', () => {
  it('ends sentences at 。！？； and at line ends', () => {
    const article = extractArticle('我们 学习 。 你们 呢 ？ 好 ！ 一 ； 二\n新 段落');
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['我们学习。', '你们呢？', '好！', '一；', '二', '新段落']);
    expect(article.sentences.map((sentence) => sentence.paragraph)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    const article = extractArticle('他 说 ： “ 我们 合作 。 ” 然后 走 了 。 （ 好 ！ ）');
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['他说：“我们合作。”', '然后走了。', '（好！）']);
  });

  it('keeps a space between Latin words and numbers', () => {
    const article = extractArticle('抗击 COVID 19 疫情 。');
    expect(article.sentences[0].text).toBe('抗击COVID 19疫情。');
    expect(article.words.map((word) => word.hanzi)).toEqual(['抗击', '疫情']);
  });

  it('skips blank lines and handles Windows line ends left in the text', () => {
    expect(extractArticle('\n\n我们 。\n\n\n你们 。\n').sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1]);
  });
});

describe('extracting sentence by sentence', () => {
  it('gives the same sentences as extracting the whole article', () => {
    expect([...extractSentences(seedText)]).toEqual(seed.sentences);
  });
});

describe('unsegmented text', () => {
  const run = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜';

  it('keeps a run of more than 32 characters in its sentence but not as a word', () => {
    const article = extractArticle(`我们 读 ${run} 。`);
    expect(article.sentences[0].text).toBe(`我们读${run}。`);
    expect(article.words.map((word) => word.hanzi)).toEqual(['我们', '读']);
  });

  it('takes 32 characters as a word and 33 as a run', () => {
    expect(isVocabularyToken(run.slice(0, MAX_WORD_LENGTH))).toBe(true);
    expect(isVocabularyToken(run.slice(0, MAX_WORD_LENGTH + 1))).toBe(false);
    expect(isUnsegmentedRun(run.slice(0, MAX_WORD_LENGTH + 1))).toBe(true);
    expect(isUnsegmentedRun(run.slice(0, MAX_WORD_LENGTH))).toBe(false);
    expect(isUnsegmentedRun('a'.repeat(40))).toBe(false);
  });
});

describe('isVocabularyToken', () => {
  it.each([
    ['合作', true],
    ['一', true],
    ['十分', true],
    ['千万', true],
    ['一致', true],
    ['一带一路', true],
    ['一年', false],
    ['七十五', false],
    ['第一个', false],
    ['2020', false],
    ['COVID', false],
    ['，', false],
    ['G20', false],
  ])('%s → %s', (token, expected) => {
    expect(isVocabularyToken(token)).toBe(expected);
  });
});
