/**
 * From a word-segmented article to sentences, words and occurrences.
 *
 * - Tokens are the article's own word boundaries: tokens are separated by single spaces; a run of three
 *   spaces stands for a space that was in the original text (kept in the sentence as one space, never a word).
 * - Each non-blank line is a paragraph. Sentences end after 。！？； (and !?;) and at line ends; closing quotes
 *   and brackets right after the end mark stay with their sentence.
 * - A sentence's text drops the segmentation spaces; a space is kept only where two tokens would otherwise
 *   run Latin letters or digits together ("COVID 19"), and where the original had one.
 * - A word is a token made only of Chinese characters that is not a number or a number with a measure word
 *   (一年, 第三, 七十五, 第一个). Single characters (一, 万) are words, and so are lexicalised words such as
 *   十分 "very" and 千万 "by all means". Punctuation, digits, Latin and mixed tokens are never words, and
 *   neither is a run of more than MAX_WORD_LENGTH characters: that is an unsegmented passage.
 * - Sentences come one at a time (`extractSentences`), so a whole book never has to be in memory as objects.
 */

export interface ExtractedToken {
  text: string;
  /** UTF-16 offset in the sentence text. */
  start: number;
  isWord: boolean;
}

export interface ExtractedSentence {
  index: number;
  paragraph: number;
  text: string;
  tokens: ExtractedToken[];
}

export interface ExtractedOccurrence {
  hanzi: string;
  sentenceIndex: number;
  tokenIndex: number;
  start: number;
  length: number;
}

export interface ExtractedWord {
  hanzi: string;
  frequency: number;
  firstSentenceIndex: number;
}

export interface ExtractedArticle {
  sentences: ExtractedSentence[];
  words: ExtractedWord[];
  occurrences: ExtractedOccurrence[];
}

const SPACE = ' ';
const SENTENCE_END = /[。！？；!?;]$/u;
const CLOSING = /^[”’」』）》】〉〕"')\]]+$/u;
const ONLY_HAN = /^[\p{Script=Han}〇]+$/u;
const NUMBER_WITH_MEASURE = /^第?[零〇一二两三四五六七八九十百千万亿]+[个年月日天号次位项条种件名只本场批届轮期份座所层倍岁周]?$/u;
const LEXICALISED_NUMBERS = new Set(['十分', '千万', '万一', '一一', '万万', '百万', '千千万万', '一个个']);
const LATIN_OR_DIGIT_END = /[\p{Script=Latin}\p{Nd}]$/u;
const LATIN_OR_DIGIT_START = /^[\p{Script=Latin}\p{Nd}]/u;

/** The longest words in CC-CEDICT are idioms and names of about 20 characters. */
export const MAX_WORD_LENGTH = 32;

/** A token of Chinese characters too long to be a word: a passage the segmenter left whole. */
export function isUnsegmentedRun(token: string): boolean {
  return token.length > MAX_WORD_LENGTH && ONLY_HAN.test(token);
}

export function isVocabularyToken(token: string): boolean {
  if (token.length > MAX_WORD_LENGTH || !ONLY_HAN.test(token)) return false;
  if (token.length === 1 || LEXICALISED_NUMBERS.has(token)) return true;
  return !NUMBER_WITH_MEASURE.test(token);
}

/** The tokens of one line; an original space becomes a SPACE token. */
function lineTokens(line: string): string[] {
  const pieces = line.split(' ');
  const tokens: string[] = [];
  let emptyRun = 0;
  for (const piece of pieces) {
    if (piece === '') {
      emptyRun += 1;
      continue;
    }
    if (tokens.length > 0) for (let space = 0; space < Math.floor(emptyRun / 2); space++) tokens.push(SPACE);
    emptyRun = 0;
    tokens.push(piece);
  }
  return tokens;
}

function splitSentences(tokens: string[]): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  let ended = false;
  for (const token of tokens) {
    if (ended && !CLOSING.test(token)) {
      sentences.push(current);
      current = [];
      ended = false;
    }
    if (current.length === 0 && token === SPACE) continue;
    current.push(token);
    if (SENTENCE_END.test(token)) ended = true;
  }
  sentences.push(current);
  return sentences.map((sentence) => {
    while (sentence.at(-1) === SPACE) sentence.pop();
    return sentence;
  }).filter((sentence) => sentence.length > 0);
}

/** The article's sentences in order, each with its tokens; lines are read as they come. */
export function* extractSentences(segmentedText: string): Generator<ExtractedSentence> {
  let index = 0;
  let paragraph = 0;
  for (let lineStart = 0; lineStart < segmentedText.length; ) {
    const newline = segmentedText.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? segmentedText.length : newline;
    const tokens = lineTokens(segmentedText.slice(lineStart, lineEnd));
    lineStart = lineEnd + 1;
    if (tokens.length === 0) continue;
    for (const sentenceTokens of splitSentences(tokens)) {
      let text = '';
      const extracted: ExtractedToken[] = [];
      let previous = '';
      for (const token of sentenceTokens) {
        if (token !== SPACE && previous !== SPACE && LATIN_OR_DIGIT_END.test(previous) && LATIN_OR_DIGIT_START.test(token)) text += ' ';
        extracted.push({ text: token, start: text.length, isWord: isVocabularyToken(token) });
        text += token;
        previous = token;
      }
      yield { index: index++, paragraph, text, tokens: extracted };
    }
    paragraph += 1;
  }
}

/** The whole article at once: its sentences, its words (in order of first appearance) and every occurrence. */
export function extractArticle(segmentedText: string): ExtractedArticle {
  const sentences: ExtractedSentence[] = [];
  const occurrences: ExtractedOccurrence[] = [];
  const words = new Map<string, ExtractedWord>();
  for (const sentence of extractSentences(segmentedText)) {
    sentences.push(sentence);
    sentence.tokens.forEach((token, tokenIndex) => {
      if (!token.isWord) return;
      occurrences.push({ hanzi: token.text, sentenceIndex: sentence.index, tokenIndex, start: token.start, length: token.text.length });
      const word = words.get(token.text);
      if (word) word.frequency += 1;
      else words.set(token.text, { hanzi: token.text, frequency: 1, firstSentenceIndex: sentence.index });
    });
  }
  return { sentences, words: [...words.values()], occurrences };
}
