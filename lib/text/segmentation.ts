import { Jieba } from '@node-rs/jieba';
import { jiebaDictionary } from '@/lib/chinese/jieba-dictionary';
import { MAX_WORD_LENGTH } from './extract';

let jieba: Jieba | undefined;

const HAN = /\p{Script=Han}/u;

/**
 * True when the text is already cut into words with spaces (as the seed article is), so its own cut is kept;
 * false for Chinese as it is usually written, without spaces between words.
 */
export function isSegmented(text: string): boolean {
  // Cut into words, most pieces with Chinese in them are words of one to four characters; written as usual,
  // the pieces between spaces are whole clauses.
  let chinese = 0;
  let short = 0;
  for (const piece of text.split(/\s+/)) {
    const han = piece.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (han === 0) continue;
    chinese += 1;
    // A word of a segmented text stands apart from its punctuation; a piece holding both is a clause written as
    // usual (他说：“你好！” 然后走了。).
    if (han <= 4 && !/\p{P}/u.test(piece)) short += 1;
  }
  return chinese > 0 && short / chinese >= 0.6;
}

/** A run of Chinese characters too long to be one word: a passage left without spaces. */
const PASSAGE = new RegExp(`^[\\p{Script=Han}〇]{${MAX_WORD_LENGTH + 1},}$`, 'u');

/**
 * Cuts the passages a segmented text left without spaces (a token of more than MAX_WORD_LENGTH Chinese
 * characters) into words with jieba; the rest keeps its own cut, a tab between words taken for a space.
 * Returns the text and how many passages it cut.
 */
export function segmentPassages(text: string): { text: string; passages: number } {
  let passages = 0;
  const cut = text
    .split('\n')
    .map((line) =>
      line
        .split(/[ \t]/)
        .map((token) => {
          if (!PASSAGE.test(token)) return token;
          passages += 1;
          jieba ??= Jieba.withDict(jiebaDictionary());
          return jieba.cut(token, true).join(' ');
        })
        .join(' '),
    )
    .join('\n');
  return { text: cut, passages };
}

/**
 * Cuts plain Chinese into words with jieba (its default dictionary and HMM for unknown words), in the form a
 * segmented article has: words separated by one space, a space of the original text written as three.
 */
export function segmentText(text: string): string {
  jieba ??= Jieba.withDict(jiebaDictionary());
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/[ \t\u3000]+/)
        .filter(Boolean)
        .map((part) => (HAN.test(part) ? jieba!.cut(part, true).filter((token) => token.trim()).join(' ') : part))
        .join('   '),
    )
    .join('\n');
}
