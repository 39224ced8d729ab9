import { pinyin } from 'pinyin-pro';
import type { ExtractedSentence } from '@/lib/text/extract';

/**
 * A one-character word's reading depends on its sentence (了 le, not liǎo; 为 wéi or wèi). This reads every
 * such word in its sentences and keeps the reading it has most often.
 */
export function contextReadings(sentences: ExtractedSentence[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    const singles = sentence.tokens.filter((token) => token.isWord && token.text.length === 1);
    if (singles.length === 0) continue;
    const readingAt = new Map<number, string>();
    let offset = 0;
    for (const item of pinyin(sentence.text, { toneSandhi: false, type: 'all' })) {
      if (item.isZh) readingAt.set(offset, item.pinyin);
      offset += item.origin.length;
    }
    for (const token of singles) {
      const reading = readingAt.get(token.start);
      if (!reading) continue;
      const counts = votes.get(token.text) ?? new Map<string, number>();
      counts.set(reading, (counts.get(reading) ?? 0) + 1);
      votes.set(token.text, counts);
    }
  }
  return new Map(
    [...votes].map(([hanzi, counts]) => [hanzi, [...counts].sort((a, b) => b[1] - a[1])[0][0]]),
  );
}
