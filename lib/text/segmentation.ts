import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

const HAN = /\p{Script=Han}/u;
const HAN_SPACE_HAN = /\p{Script=Han} \p{Script=Han}/gu;

/**
 * True when the text is already cut into words with spaces (as the seed article is), so its own cut is kept;
 * false for Chinese as it is usually written, without spaces between words.
 */
export function isSegmented(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han === 0) return false;
  const gaps = text.match(HAN_SPACE_HAN)?.length ?? 0;
  // In a segmented text most words are two characters long: about one gap for every three characters.
  return gaps / han > 0.1;
}

/**
 * Cuts plain Chinese into words with jieba (its default dictionary and HMM for unknown words), in the form a
 * segmented article has: words separated by one space, a space of the original text written as three.
 */
export function segmentText(text: string): string {
  jieba ??= Jieba.withDict(dict);
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
