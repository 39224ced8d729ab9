import type { Meaning } from './senses';

/** Pinyin compared without case, spaces, apostrophes and hyphens. */
const pinyinKey = (pinyin: string) => pinyin.normalize('NFC').toLowerCase().replace(/[\s'’-]/g, '');

/** The meanings with those of the reading used in a sentence first (为 wèi before wéi where it is read wèi). */
export function meaningsForReading(meanings: Meaning[], reading: string): Meaning[] {
  const key = pinyinKey(reading);
  const index = key ? meanings.findIndex((meaning) => pinyinKey(meaning.pinyin) === key) : -1;
  return index <= 0 ? meanings : [meanings[index], ...meanings.slice(0, index), ...meanings.slice(index + 1)];
}
