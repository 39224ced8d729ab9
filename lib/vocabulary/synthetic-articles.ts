import { seededRandom, shuffle, zipf } from '@/lib/random/seeded';

/**
 * A word bank of an exact size, and articles that use every word of it at least once, for benchmarks: real
 * sentences (templates, as word tokens) whose words are replaced by the bank's words, the bank's words drawn
 * by Zipf's law once each has appeared. Every word token of a sentence is a word of the bank.
 */
export interface SyntheticWord {
  hanzi: string;
  isName: boolean;
  /** Occurrences across all articles. */
  frequency: number;
}

export interface SyntheticOccurrence {
  /** Index into `words`. */
  word: number;
  tokenIndex: number;
  start: number;
  length: number;
}

export interface SyntheticSentence {
  paragraph: number;
  text: string;
  occurrences: SyntheticOccurrence[];
}

export interface SyntheticArticle {
  title: string;
  sentences: SyntheticSentence[];
}

export interface SyntheticArticlesInput {
  seed: number;
  /** How many distinct words (names included) the articles use. */
  words: number;
  articles: number;
  /** Sentences as their tokens: word tokens and the rest (punctuation) as they are written. */
  templates: string[][];
  isWordToken(token: string): boolean;
  /** Dictionary words to fill the bank with, after the templates' own words. */
  dictionaryWords: string[];
  /** Names (in no dictionary), about this share of the bank. */
  nameShare?: number;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅飞鹏辉宇浩然子轩雨欣思琪晨阳';
const SENTENCES_PER_PARAGRAPH = 4;
const KEEP_TEMPLATE_WORD = 0.5;

function names(count: number, taken: Set<string>, next: () => number): string[] {
  const pick = (characters: string) => characters[Math.floor(next() * characters.length)];
  const result = new Set<string>();
  for (let attempt = 0; result.size < count && attempt < count * 50; attempt++) {
    const name = pick(SURNAMES) + pick(GIVEN) + (next() < 0.6 ? pick(GIVEN) : '');
    if (!taken.has(name)) result.add(name);
  }
  return [...result];
}

/** The bank's words in the order they are first used, with the articles using them. */
export function syntheticArticles(input: SyntheticArticlesInput): { words: SyntheticWord[]; articles: SyntheticArticle[] } {
  const next = seededRandom(input.seed);
  const templateWords = [...new Set(input.templates.flat().filter(input.isWordToken))];
  const dictionary = shuffle(input.dictionaryWords.filter((word) => !templateWords.includes(word)), next);
  const nameCount = Math.round(input.words * (input.nameShare ?? 0.015));
  const ordinary = [...templateWords, ...dictionary].slice(0, input.words - nameCount);
  const nameList = names(input.words - ordinary.length, new Set(ordinary), next);
  const bank = shuffle([...ordinary, ...nameList], next);
  if (bank.length < input.words) throw new Error(`Only ${bank.length} distinct words are available, not ${input.words}.`);
  const isName = new Set(nameList);
  const indexOf = new Map(bank.map((word, index) => [word, index]));
  const frequency = new Int32Array(bank.length);
  const drawUsed = zipf(bank.length, next);
  let unused = 0;
  const order: number[] = [];
  const seen = new Uint8Array(bank.length);

  const nextUnused = (): number => {
    while (unused < bank.length && seen[unused]) unused++;
    return unused < bank.length ? unused++ : -1;
  };
  const chooseWord = (templateWord: string): number => {
    const own = indexOf.get(templateWord);
    if (own !== undefined && next() < KEEP_TEMPLATE_WORD) return own;
    const fresh = next() < 0.6 ? nextUnused() : -1;
    return fresh >= 0 ? fresh : drawUsed();
  };

  const sentences: SyntheticSentence[] = [];
  while (order.length < bank.length || sentences.length < input.articles) {
    const template = input.templates[Math.floor(next() * input.templates.length)];
    let text = '';
    let tokenIndex = 0;
    const occurrences: SyntheticOccurrence[] = [];
    for (const token of template) {
      if (!input.isWordToken(token)) {
        text += token;
        continue;
      }
      const word = chooseWord(token);
      if (!seen[word]) {
        seen[word] = 1;
        order.push(word);
      }
      frequency[word] += 1;
      occurrences.push({ word, tokenIndex: tokenIndex++, start: text.length, length: bank[word].length });
      text += bank[word];
    }
    if (occurrences.length > 0) sentences.push({ paragraph: Math.floor(sentences.length / SENTENCES_PER_PARAGRAPH), text, occurrences });
  }

  // Words numbered in the order they first appear, as an import numbers them.
  const renumber = new Int32Array(bank.length);
  order.forEach((word, index) => (renumber[word] = index));
  const words = order.map((word) => ({ hanzi: bank[word], isName: isName.has(bank[word]), frequency: frequency[word] }));
  const perArticle = Math.ceil(sentences.length / input.articles);
  const articles: SyntheticArticle[] = [];
  for (let start = 0, number = 1; start < sentences.length; start += perArticle, number++) {
    const own = sentences.slice(start, start + perArticle);
    const firstParagraph = own[0].paragraph;
    articles.push({
      title: `词库测试文章 ${number}`,
      sentences: own.map((sentence) => ({
        paragraph: sentence.paragraph - firstParagraph,
        text: sentence.text,
        occurrences: sentence.occurrences.map((occurrence) => ({ ...occurrence, word: renumber[occurrence.word] })),
      })),
    });
  }
  return { words, articles };
}
