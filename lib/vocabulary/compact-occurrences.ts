import type { StudiedSentence } from './article';

const FIELDS = 6;
const CHUNK = 1 << 16;

export interface CompactOccurrence {
  word: number;
  start: number;
  length: number;
  reading: string;
  phrase: { start: number; length: number } | null;
}

/**
 * Every occurrence of an article, as numbers: its word (by index), place, reading (by index) and phrase, in
 * chunks of 64 K integers. A whole book's 1.2 million occurrences take 30 MB, not the gigabyte they take as
 * objects, so the import finds them once and then saves them, instead of finding them twice.
 */
export class CompactOccurrences {
  private readonly chunks: Int32Array[] = [];
  private used = CHUNK;
  private readonly wordIndex = new Map<string, number>();
  private readonly readingIndex = new Map<string, number>();
  readonly readings: string[] = [];
  readonly words: string[] = [];

  private append(value: number) {
    if (this.used === CHUNK) {
      this.chunks.push(new Int32Array(CHUNK));
      this.used = 0;
    }
    this.chunks[this.chunks.length - 1][this.used++] = value;
  }

  private indexOf(index: Map<string, number>, list: string[], value: string): number {
    let found = index.get(value);
    if (found === undefined) {
      found = list.length;
      index.set(value, found);
      list.push(value);
    }
    return found;
  }

  /** Keeps a sentence's occurrences, in order. */
  add(sentence: StudiedSentence): void {
    this.append(sentence.occurrences.length);
    for (const occurrence of sentence.occurrences) {
      this.append(this.indexOf(this.wordIndex, this.words, occurrence.hanzi));
      this.append(occurrence.start);
      this.append(occurrence.length);
      this.append(this.indexOf(this.readingIndex, this.readings, occurrence.reading));
      this.append(occurrence.phrase?.start ?? -1);
      this.append(occurrence.phrase?.length ?? -1);
    }
  }

  /** The sentences' occurrences again, one sentence per call, in the order they were added. */
  *sentences(): Generator<CompactOccurrence[]> {
    let position = 0;
    const total = (this.chunks.length - 1) * CHUNK + this.used;
    const at = (index: number) => this.chunks[Math.floor(index / CHUNK)][index % CHUNK];
    while (position < total) {
      const count = at(position++);
      const occurrences: CompactOccurrence[] = [];
      for (let index = 0; index < count; index++, position += FIELDS) {
        const phraseStart = at(position + 4);
        occurrences.push({
          word: at(position),
          start: at(position + 1),
          length: at(position + 2),
          reading: this.readings[at(position + 3)],
          phrase: phraseStart < 0 ? null : { start: phraseStart, length: at(position + 5) },
        });
      }
      yield occurrences;
    }
  }
}
