import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { loadCedict } from '@/lib/chinese/cedict';
import { contextReadings } from '@/lib/chinese/context-readings';
import { describeWord } from '@/lib/chinese/describe-word';
import { isFunctionWord } from '@/lib/chinese/function-words';
import { ArticleInputError, assertHasChinese } from '@/lib/text/article-file';
import { extractArticle } from '@/lib/text/extract';

export interface ArticleInput {
  title: string;
  source?: string | null;
  /** The article, word-segmented with spaces. */
  text: string;
}

export interface ImportSummary {
  articleId: number;
  title: string;
  outcome: 'created' | 'updated' | 'unchanged';
  sentences: number;
  words: number;
  occurrences: number;
  newWords: number;
  newSentences: number;
  removedSentences: number;
  /** Distinct words of the article that CC-CEDICT has no entry for. */
  wordsWithoutDictionary: number;
}

export type ImportProgress = (stage: 'extracting' | 'looking up words' | 'saving', done: number, total: number) => void;

export function articleSlug(title: string): string {
  return title.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '-');
}

const BATCH = 1000;

function chunks<T>(items: T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

/**
 * Imports an article into the shared word bank in one transaction: a failure writes nothing.
 * Re-importing the same text changes nothing; an edited text (same title) gains its new sentences and words,
 * loses the sentences that are gone, and every card and review is kept.
 */
export async function importArticle(db: Db, input: ArticleInput, onProgress: ImportProgress = () => {}): Promise<ImportSummary> {
  const title = input.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!title) throw new ArticleInputError('The article needs a title.');
  assertHasChinese(input.text);
  onProgress('extracting', 0, 1);
  const extracted = extractArticle(input.text);
  if (extracted.words.length === 0) throw new ArticleInputError('The text contains no Chinese words.');
  onProgress('extracting', 1, 1);

  const slug = articleSlug(title);
  const contentHash = createHash('sha256').update(input.text.normalize('NFC')).digest('hex');
  const hanziList = extracted.words.map((word) => word.hanzi);
  const [existingArticle, knownWords] = await Promise.all([
    db.article.findUnique({ where: { slug }, select: { id: true, contentHash: true } }),
    db.word.findMany({ where: { hanzi: { in: hanziList } }, select: { hanzi: true, inDictionary: true } }),
  ]);
  const known = new Map(knownWords.map((word) => [word.hanzi, word.inDictionary]));
  const newHanzi = hanziList.filter((hanzi) => !known.has(hanzi));

  const described = new Map<string, ReturnType<typeof describeWord>>();
  if (newHanzi.length > 0) {
    onProgress('looking up words', 0, newHanzi.length);
    const cedict = loadCedict();
    const readingsInContext = contextReadings(extracted.sentences);
    newHanzi.forEach((hanzi, index) => {
      described.set(hanzi, describeWord(hanzi, cedict, readingsInContext.get(hanzi)));
      if ((index + 1) % 250 === 0 || index + 1 === newHanzi.length) onProgress('looking up words', index + 1, newHanzi.length);
    });
  }
  const wordsWithoutDictionary = hanziList.filter((hanzi) => !(known.get(hanzi) ?? described.get(hanzi)?.inDictionary)).length;
  const summaryBase = {
    title,
    sentences: extracted.sentences.length,
    words: extracted.words.length,
    occurrences: extracted.occurrences.length,
    wordsWithoutDictionary,
  };

  if (existingArticle?.contentHash === contentHash) {
    return { ...summaryBase, articleId: existingArticle.id, outcome: 'unchanged', newWords: 0, newSentences: 0, removedSentences: 0 };
  }

  onProgress('saving', 0, 1);
  // Timestamps go in as parameters: the columns hold UTC, whatever the server's time zone.
  const importedAt = new Date();
  const result = await db.$transaction(
    async (tx) => {
      const article = existingArticle
        ? await tx.article.update({ where: { id: existingArticle.id }, data: { title, source: input.source ?? null, contentHash } })
        : await tx.article.create({ data: { slug, title, source: input.source ?? null, contentHash } });

      // Sentences are matched by text, so an edit keeps the sentences it did not touch.
      const oldSentences = await tx.sentence.findMany({ where: { articleId: article.id }, select: { id: true, text: true, position: true, paragraph: true } });
      const unmatchedOld = new Map<string, typeof oldSentences>();
      for (const sentence of oldSentences) unmatchedOld.set(sentence.text, [...(unmatchedOld.get(sentence.text) ?? []), sentence]);
      const toCreate: typeof extracted.sentences = [];
      for (const sentence of extracted.sentences) {
        const match = unmatchedOld.get(sentence.text)?.shift();
        if (!match) toCreate.push(sentence);
        else if (match.position !== sentence.index || match.paragraph !== sentence.paragraph) {
          await tx.sentence.update({ where: { id: match.id }, data: { position: sentence.index, paragraph: sentence.paragraph } });
        }
      }
      const removed = [...unmatchedOld.values()].flat().map((sentence) => sentence.id);
      if (removed.length) await tx.sentence.deleteMany({ where: { id: { in: removed } } });

      for (const batch of chunks(newHanzi)) {
        await tx.word.createMany({
          data: batch.map((hanzi) => {
            const description = described.get(hanzi)!;
            return {
              hanzi,
              pinyin: description.pinyin,
              pinyinPlain: description.pinyinPlain,
              pinyinMarkedKey: description.pinyinMarkedKey,
              meanings: description.meanings as unknown as Prisma.InputJsonArray,
              glossary: description.meanings.flatMap((meaning) => meaning.definitions).join('; '),
              inDictionary: description.inDictionary,
              isFunctionWord: isFunctionWord(hanzi),
            };
          }),
          skipDuplicates: true,
        });
      }
      const wordIds = new Map(
        (await tx.word.findMany({ where: { hanzi: { in: hanziList } }, select: { id: true, hanzi: true } })).map((word) => [word.hanzi, word.id]),
      );

      const sentenceIds = new Map<number, number>();
      for (const batch of chunks(toCreate)) {
        const created = await tx.sentence.createManyAndReturn({
          data: batch.map((sentence) => ({ articleId: article.id, position: sentence.index, paragraph: sentence.paragraph, text: sentence.text })),
          select: { id: true, position: true },
        });
        for (const sentence of created) sentenceIds.set(sentence.position, sentence.id);
      }
      const occurrences = extracted.occurrences
        .filter((occurrence) => sentenceIds.has(occurrence.sentenceIndex))
        .map((occurrence) => ({
          sentenceId: sentenceIds.get(occurrence.sentenceIndex)!,
          wordId: wordIds.get(occurrence.hanzi)!,
          tokenIndex: occurrence.tokenIndex,
          start: occurrence.start,
          length: occurrence.length,
        }));
      for (const batch of chunks(occurrences, 5000)) await tx.occurrence.createMany({ data: batch });

      await tx.$executeRaw`
        UPDATE "Word" w SET frequency = counted.n
        FROM (SELECT w2.id, count(o.id)::int AS n FROM "Word" w2 LEFT JOIN "Occurrence" o ON o."wordId" = w2.id GROUP BY w2.id) counted
        WHERE counted.id = w.id AND w.frequency IS DISTINCT FROM counted.n`;
      // New cards come most frequent first, function words last; ties keep the order words first appeared in.
      await tx.$executeRaw`
        UPDATE "Word" w SET "studyRank" = ranked.rank
        FROM (SELECT id, (row_number() OVER (ORDER BY "isFunctionWord", frequency DESC, id))::int AS rank FROM "Word") ranked
        WHERE ranked.id = w.id AND w."studyRank" IS DISTINCT FROM ranked.rank`;
      await tx.$executeRaw`
        INSERT INTO "Card" ("userId", "wordId", "due", "updatedAt")
        SELECT u.id, w.id, ${importedAt}, ${importedAt} FROM "User" u CROSS JOIN "Word" w
        ON CONFLICT ("userId", "wordId") DO NOTHING`;

      return { articleId: article.id, newSentences: toCreate.length, removedSentences: removed.length };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  // Fresh statistics let the planner use the indexes right away (PGlite has no autovacuum to do it).
  await db.$executeRawUnsafe('ANALYZE "Word", "Card", "Sentence", "Occurrence"');
  onProgress('saving', 1, 1);

  return {
    ...summaryBase,
    ...result,
    outcome: existingArticle ? 'updated' : 'created',
    newWords: newHanzi.length,
  };
}
