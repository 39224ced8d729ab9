import type { BoundaryRules } from './boundaries';
import { createHash } from 'node:crypto';
import { titleFromText } from '@/lib/text/article-file';
import { prepareArticle, releaseVocabularyTools, studiedSentences, vocabularyTools } from './article';

/**
 * What importing a text would make of it, found by the same pass as the import (`prepareArticle`, then
 * `studiedSentences`) and written nowhere: its sentences, and its distinct words and names. The learner's
 * side (which words they know already) is counted by lib/data/article-preview.ts.
 */
export interface ArticlePreview {
  /** The title its heading lines (or its first line) suggest. */
  suggestedTitle: string;
  byline: string | null;
  source: string | null;
  /** The import's own fingerprint of the text: an article with the same one holds this very text. */
  contentHash: string;
  sentenceCount: number;
  /** The first sentences, as the article will show them. */
  sentences: string[];
  occurrences: number;
  /** Distinct words and names in the order they first appear, with how often each occurs. */
  words: { hanzi: string; isName: boolean; count: number }[];
  segmentedByJieba: boolean;
  passagesSegmented: number;
}

/** The fingerprint importArticle stores as Article.contentHash: the same text imported twice is recognised by it. */
export function articleContentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

const SLICE_MS = 20;

/**
 * Previews an article. The pass is CPU work of seconds for a long text, so it gives the event loop back every
 * few milliseconds: requests of a learner who is studying meanwhile are answered in between.
 */
export async function previewArticle(text: string, { sentencesShown = 12, boundaries }: { sentencesShown?: number; boundaries?: BoundaryRules } = {}): Promise<ArticlePreview> {
  const prepared = prepareArticle(text);
  // The word boundaries learners fixed, as the import will cut.
  const tools = { ...vocabularyTools(), boundaries };
  try {
    const words = new Map<string, { hanzi: string; isName: boolean; count: number }>();
    const sentences: string[] = [];
    let sentenceCount = 0;
    let occurrences = 0;
    let sliceStart = performance.now();
    for (const sentence of studiedSentences(prepared.body, tools)) {
      sentenceCount += 1;
      if (sentences.length < sentencesShown) sentences.push(sentence.text);
      for (const occurrence of sentence.occurrences) {
        occurrences += 1;
        const word = words.get(occurrence.hanzi);
        if (word) word.count += 1;
        else words.set(occurrence.hanzi, { hanzi: occurrence.hanzi, isName: occurrence.kind === 'name', count: 1 });
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    return {
      suggestedTitle: prepared.headings.title ?? titleFromText(prepared.body),
      byline: prepared.headings.byline,
      source: prepared.headings.source,
      contentHash: articleContentHash(text),
      sentenceCount,
      sentences,
      occurrences,
      words: [...words.values()],
      segmentedByJieba: prepared.segmentedHere,
      passagesSegmented: prepared.passagesSegmented,
    };
  } finally {
    // As the import does: the dictionaries (about 80 MB) are let go; the next preview or import loads them again.
    releaseVocabularyTools();
  }
}
