import { pinyin } from 'pinyin-pro';
import type { ExtractedSentence } from '@/lib/text/extract';

/**
 * A one-character word's reading depends on its sentence (了 le, not liǎo; 为 wéi or wèi). This reads every
 * such word in its sentences, one sentence at a time, and keeps the reading it has most often.
 */
export class ContextReadings {
  private readonly votes = new Map<string, Map<string, number>>();

  add(sentence: ExtractedSentence): void {
    const singles = sentence.tokens.filter((token) => token.isWord && token.text.length === 1);
    if (singles.length === 0) return;
    const readingAt = sentenceReadings(sentence.text);
    for (const token of singles) {
      const reading = readingAt.get(token.start);
      if (!reading) continue;
      const counts = this.votes.get(token.text) ?? new Map<string, number>();
      counts.set(reading, (counts.get(reading) ?? 0) + 1);
      this.votes.set(token.text, counts);
    }
  }

  get(hanzi: string): string | undefined {
    const counts = this.votes.get(hanzi);
    return counts && [...counts].sort((a, b) => b[1] - a[1])[0][0];
  }

  all(): Map<string, string> {
    return new Map([...this.votes.keys()].map((hanzi) => [hanzi, this.get(hanzi)!]));
  }
}

/**
 * The pinyin of each Chinese character of a text, by UTF-16 offset. pinyin-pro's plain array (one item per
 * character, the character itself when it has none) is ten times faster than its detailed output, which
 * stays as the fallback should the two ever disagree on what a character is.
 */
function sentenceReadings(text: string): Map<number, string> {
  const readings = new Map<number, string>();
  const characters = [...text];
  const items = pinyin(text, { toneSandhi: false, type: 'array' }) as string[];
  let offset = 0;
  if (items.length === characters.length) {
    characters.forEach((character, index) => {
      if (items[index] !== character) readings.set(offset, items[index]);
      offset += character.length;
    });
    return readings;
  }
  for (const item of pinyin(text, { toneSandhi: false, type: 'all' })) {
    if (item.isZh) readings.set(offset, item.pinyin);
    offset += item.origin.length;
  }
  return readings;
}

export function contextReadings(sentences: Iterable<ExtractedSentence>): Map<string, string> {
  const readings = new ContextReadings();
  for (const sentence of sentences) readings.add(sentence);
  return readings.all();
}
