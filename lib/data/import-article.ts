import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Db } from '@/lib/db/client';
import { loadCedict } from '@/lib/chinese/cedict';
import { ContextReadings } from '@/lib/chinese/context-readings';
import { describeWord } from '@/lib/chinese/describe-word';
import { isFunctionWord } from '@/lib/chinese/function-words';
import { ArticleInputError, assertHasChinese, cleanTitle, MAX_ARTICLE_BYTES, titleFromText } from '@/lib/text/article-file';
import { extractSentences, isUnsegmentedRun, MAX_WORD_LENGTH } from '@/lib/text/extract';

export interface ArticleInput {
  /** The article, word-segmented with spaces. */
  text: string;
  /** A title the learner chose: the article with this title is the one to update, if there is one. */
  title?: string;
  /** The file the text was read from: importing the same file again updates the article it made. */
  file?: string;
  /** Where the text comes from, as shown to the learner: an author and journal, a file name. */
  source?: string | null;
}

export interface ImportSummary {
  articleId: number;
  title: string;
  outcome: 'created' | 'updated' | 'unchanged';
  /** How the article imported before was recognised: the title given, the same file, or the very same text. */
  recognisedBy: 'title' | 'file' | 'text' | null;
  /** For a new article: the other article that already has the title its text suggests (the new one's title then has a number). */
  titleTakenBy: { title: string; source: string | null } | null;
  sentences: number;
  words: number;
  occurrences: number;
  newWords: number;
  newSentences: number;
  removedSentences: number;
  /** Distinct words of the article that CC-CEDICT has no entry for. */
  wordsWithoutDictionary: number;
  /** Words whose only sentences this import removed (an edited article), in the order they came in. Their cards and reviews are kept. */
  wordsLeftWithoutSentences: string[];
  /** Runs of more than MAX_WORD_LENGTH Chinese characters: kept in their sentences, not taken as words. */
  unsegmentedRuns: number;
}

export type ImportProgress = (stage: 'extracting' | 'saving', done: number, total: number) => void;

export function articleSlug(title: string): string {
  return title.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '-');
}

const MB = 1024 * 1024;
const WORD_BATCH = 2000;
const SENTENCE_BATCH = 2000;
const OCCURRENCE_BATCH = 25_000;
const LOOKUP_BATCH = 20_000;

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

// Lists go to the database as one parameter each: an array literal of integers, or JSON. Both are parsed
// several times faster than a JavaScript array that Prisma sends element by element.
const intArray = (values: Iterable<number>) => `{${[...values].join(',')}}`;
const json = (value: unknown) => JSON.stringify(value);

interface ArticleRow {
  id: number;
  title: string;
  source: string | null;
  contentHash: string;
}

type Identified = { existing: ArticleRow; recognisedBy: 'title' | 'file' | 'text'; title: string } | { existing: null; title: string; titleTakenBy: ImportSummary['titleTakenBy'] };

const ARTICLE_FIELDS = { id: true, title: true, source: true, contentHash: true } as const;

/**
 * Which article this text is. The same one only when the learner says so: by giving its title, or by
 * importing the file it came from again; the very same text is recognised too, whatever its file. Anything
 * else is a new article; when its first line is another article's title, it gets the title with " (2)".
 */
async function identifyArticle(db: Db, input: { title?: string; file?: string; suggestedTitle: string; contentHash: string }): Promise<Identified> {
  if (input.title !== undefined) {
    const existing = await db.article.findUnique({ where: { slug: articleSlug(input.title) }, select: ARTICLE_FIELDS });
    return existing ? { existing, recognisedBy: 'title', title: input.title } : { existing: null, title: input.title, titleTakenBy: null };
  }
  if (input.file !== undefined) {
    const existing =
      (await db.article.findFirst({ where: { sourceFile: input.file }, orderBy: { updatedAt: 'desc' }, select: ARTICLE_FIELDS })) ??
      // Imported before files were recorded: the title was then the first line's and the source the file's name.
      (await db.article.findFirst({
        where: { sourceFile: null, slug: articleSlug(input.suggestedTitle), source: path.basename(input.file) },
        select: ARTICLE_FIELDS,
      }));
    if (existing) return { existing, recognisedBy: 'file', title: existing.title };
  }
  const sameText = await db.article.findFirst({ where: { contentHash: input.contentHash }, orderBy: { id: 'asc' }, select: ARTICLE_FIELDS });
  if (sameText) return { existing: sameText, recognisedBy: 'text', title: sameText.title };

  const base = input.suggestedTitle;
  const similar = await db.article.findMany({ where: { slug: { startsWith: articleSlug(base) } }, select: { slug: true, title: true, source: true } });
  const taken = new Set(similar.map((article) => article.slug));
  let title = base;
  for (let number = 2; taken.has(articleSlug(title)); number++) title = `${base} (${number})`;
  const holder = title === base ? undefined : similar.find((article) => article.slug === articleSlug(base));
  return { existing: null, title, titleTakenBy: holder ? { title: holder.title, source: holder.source } : null };
}

/** The article's distinct words in order of first appearance, each with how often it occurs, and the counts its summary gives. */
function scanArticle(text: string, readings: ContextReadings | null) {
  const words = new Map<string, number>();
  let sentences = 0;
  let occurrences = 0;
  let unsegmentedRuns = 0;
  for (const sentence of extractSentences(text)) {
    sentences += 1;
    for (const token of sentence.tokens) {
      if (token.isWord) {
        occurrences += 1;
        words.set(token.text, (words.get(token.text) ?? 0) + 1);
      } else if (isUnsegmentedRun(token.text)) {
        unsegmentedRuns += 1;
      }
    }
    readings?.add(sentence);
  }
  return { words, sentences, occurrences, unsegmentedRuns };
}

interface RankedWord {
  isFunctionWord: boolean;
  frequency: number;
}

/**
 * Where new words stand in the study order (most frequent first, function words last, ties in the order words
 * came in), so that they are written once, with their rank. Existing words count with their current
 * frequencies; the update at the end of the import corrects any rank this import changed.
 */
function studyRanksOfNewWords(existing: (RankedWord & { id: number })[], added: RankedWord[]): number[] {
  const order = [
    ...existing.map((word) => ({ ...word, arrival: word.id, added: -1 })),
    // New words get ids above every existing one, in the order they are inserted.
    ...added.map((word, index) => ({ ...word, arrival: Number.MAX_SAFE_INTEGER - added.length + index, added: index })),
  ].sort((a, b) => Number(a.isFunctionWord) - Number(b.isFunctionWord) || b.frequency - a.frequency || a.arrival - b.arrival);
  const ranks = new Array<number>(added.length);
  order.forEach((word, index) => {
    if (word.added >= 0) ranks[word.added] = index + 1;
  });
  return ranks;
}

/**
 * Imports an article into the shared word bank in one transaction: a failure writes nothing.
 * Re-importing the same text changes nothing; an edited text gains its new sentences and words, loses the
 * sentences that are gone, and every card and review is kept (the summary names any word left without a
 * sentence). Work and memory grow with the text, not with its objects: sentences are extracted one at a
 * time, twice, and written in batches of a few thousand rows, each one statement.
 */
export async function importArticle(db: Db, input: ArticleInput, onProgress: ImportProgress = () => {}): Promise<ImportSummary> {
  const bytes = Buffer.byteLength(input.text);
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(`The text is ${(bytes / MB).toFixed(1)} MB; an article can be at most ${MAX_ARTICLE_BYTES / MB} MB.`);
  }
  const givenTitle = input.title === undefined ? undefined : cleanTitle(input.title);
  assertHasChinese(input.text);
  const contentHash = createHash('sha256').update(input.text.normalize('NFC')).digest('hex');
  const identified = await identifyArticle(db, {
    title: givenTitle,
    file: input.file,
    suggestedTitle: givenTitle ?? cleanTitle(titleFromText(input.text)),
    contentHash,
  });
  const unchanged = identified.existing?.contentHash === contentHash;

  onProgress('extracting', 0, 1);
  const readings = unchanged ? null : new ContextReadings();
  const scanned = scanArticle(input.text, readings);
  if (scanned.words.size === 0) {
    throw new ArticleInputError(
      scanned.unsegmentedRuns > 0
        ? `The text contains no Chinese words: it looks unsegmented (runs of more than ${MAX_WORD_LENGTH} characters without spaces). Segment it into words first, with jieba for example.`
        : 'The text contains no Chinese words.',
    );
  }
  onProgress('extracting', 1, 1);

  const known = new Map<string, boolean>();
  const hanziList = [...scanned.words.keys()];
  for (const batch of chunks(hanziList, LOOKUP_BATCH)) {
    const rows = await db.$queryRaw<{ hanzi: string; inDictionary: boolean }[]>`
      SELECT hanzi, "inDictionary" FROM "Word" WHERE hanzi = ANY(ARRAY(SELECT json_array_elements_text(${json(batch)}::json)))`;
    for (const row of rows) known.set(row.hanzi, row.inDictionary);
  }
  const newHanzi = hanziList.filter((hanzi) => !known.has(hanzi));
  const summaryBase = {
    title: identified.title,
    recognisedBy: identified.existing ? identified.recognisedBy : null,
    titleTakenBy: identified.existing ? null : identified.titleTakenBy,
    sentences: scanned.sentences,
    words: scanned.words.size,
    occurrences: scanned.occurrences,
    unsegmentedRuns: scanned.unsegmentedRuns,
  };
  const knownWithoutDictionary = [...known.values()].filter((inDictionary) => !inDictionary).length;

  if (identified.existing && unchanged) {
    return {
      ...summaryBase,
      articleId: identified.existing.id,
      outcome: 'unchanged',
      newWords: 0,
      newSentences: 0,
      removedSentences: 0,
      wordsWithoutDictionary: knownWithoutDictionary,
      wordsLeftWithoutSentences: [],
    };
  }

  onProgress('saving', 0, scanned.sentences);
  // Timestamps go in as parameters: the columns hold UTC, whatever the server's time zone.
  const importedAt = new Date();
  const result = await db.$transaction(
    async (tx) => {
      const { existing, title } = identified;
      const articleId = existing
        ? (
            await tx.article.update({
              where: { id: existing.id },
              data: { title, contentHash, ...(input.source !== undefined && { source: input.source }), ...(input.file !== undefined && { sourceFile: input.file }) },
              select: { id: true },
            })
          ).id
        : (
            await tx.article.create({
              data: { slug: articleSlug(title), title, contentHash, source: input.source ?? null, sourceFile: input.file ?? null },
              select: { id: true },
            })
          ).id;

      let wordsWithoutDictionary = knownWithoutDictionary;
      const wordIds = new Map<string, number>();
      const insertedWords = new Set<number>();
      if (newHanzi.length > 0) {
        const cedict = loadCedict();
        const existingWords = await tx.$queryRaw<(RankedWord & { id: number })[]>`SELECT id, "isFunctionWord", frequency FROM "Word"`;
        const ranks = studyRanksOfNewWords(
          existingWords,
          newHanzi.map((hanzi) => ({ isFunctionWord: isFunctionWord(hanzi), frequency: scanned.words.get(hanzi)! })),
        );
        for (let start = 0; start < newHanzi.length; start += WORD_BATCH) {
          const rows = newHanzi.slice(start, start + WORD_BATCH).map((hanzi, index) => {
            const description = describeWord(hanzi, cedict, readings?.get(hanzi));
            if (!description.inDictionary) wordsWithoutDictionary += 1;
            return {
              hanzi,
              pinyin: description.pinyin,
              pinyinPlain: description.pinyinPlain,
              pinyinMarkedKey: description.pinyinMarkedKey,
              meanings: description.meanings,
              glossary: description.meanings.flatMap((meaning) => meaning.definitions).join('; '),
              inDictionary: description.inDictionary,
              isFunctionWord: isFunctionWord(hanzi),
              frequency: scanned.words.get(hanzi)!,
              studyRank: ranks[start + index],
            };
          });
          // In the order the words first appear (their ids break ties in the study order), each with a card for every learner.
          const inserted = await tx.$queryRaw<{ id: number; hanzi: string }[]>`
            WITH inserted AS (
              INSERT INTO "Word" (hanzi, pinyin, "pinyinPlain", "pinyinMarkedKey", meanings, glossary, "inDictionary", "isFunctionWord", frequency, "studyRank")
              SELECT w.hanzi, w.pinyin, w."pinyinPlain", w."pinyinMarkedKey", w.meanings, w.glossary, w."inDictionary", w."isFunctionWord", w.frequency, w."studyRank"
              FROM ROWS FROM (json_to_recordset(${json(rows)}::json) AS (hanzi text, pinyin text, "pinyinPlain" text, "pinyinMarkedKey" text,
                     meanings jsonb, glossary text, "inDictionary" boolean, "isFunctionWord" boolean, frequency int, "studyRank" int)) WITH ORDINALITY
                   AS w(hanzi, pinyin, "pinyinPlain", "pinyinMarkedKey", meanings, glossary, "inDictionary", "isFunctionWord", frequency, "studyRank", n)
              ORDER BY w.n
              ON CONFLICT (hanzi) DO NOTHING
              RETURNING id, hanzi),
            cards AS (
              INSERT INTO "Card" ("userId", "wordId", "due", "updatedAt")
              SELECT u.id, inserted.id, ${importedAt}, ${importedAt} FROM "User" u CROSS JOIN inserted
              ON CONFLICT ("userId", "wordId") DO NOTHING)
            SELECT id, hanzi FROM inserted`;
          for (const word of inserted) {
            wordIds.set(word.hanzi, word.id);
            insertedWords.add(word.id);
          }
        }
      }
      // PostgreSQL checks each occurrence's word and sentence with a query of its own (its foreign-key
      // triggers): most of the time of a big import. Here both are certain: the sentences are inserted by the
      // same statement, and the words were inserted above or are read below and locked until the import
      // commits, so nothing can delete them meanwhile. A connection that may (a superuser's, which PGlite's
      // always is) skips those checks while it inserts sentences and occurrences; any other runs them.
      const [{ skipsRowChecks }] = await tx.$queryRaw<{ skipsRowChecks: boolean }[]>`SELECT current_setting('is_superuser') = 'on' AS "skipsRowChecks"`;
      for (const batch of chunks(hanziList.filter((hanzi) => !wordIds.has(hanzi)), LOOKUP_BATCH)) {
        const rows = skipsRowChecks
          ? await tx.$queryRaw<{ id: number; hanzi: string }[]>`
              SELECT id, hanzi FROM "Word" WHERE hanzi = ANY(ARRAY(SELECT json_array_elements_text(${json(batch)}::json))) FOR KEY SHARE`
          : await tx.$queryRaw<{ id: number; hanzi: string }[]>`
              SELECT id, hanzi FROM "Word" WHERE hanzi = ANY(ARRAY(SELECT json_array_elements_text(${json(batch)}::json)))`;
        for (const row of rows) wordIds.set(row.hanzi, row.id);
      }
      if (wordIds.size < hanziList.length) throw new Error('Words were deleted while the article was being imported: import it again.');

      // Sentences are matched by text, so an edit keeps the sentences it did not touch.
      const unmatched = new Map<string, { id: number; position: number; paragraph: number }[]>();
      if (existing) {
        const old = await tx.$queryRaw<{ id: number; text: string; position: number; paragraph: number }[]>`
          SELECT id, text, position, paragraph FROM "Sentence" WHERE "articleId" = ${articleId} ORDER BY position`;
        for (const { text, ...sentence } of old) {
          const same = unmatched.get(text);
          if (same) same.push(sentence);
          else unmatched.set(text, [sentence]);
        }
      }

      const counted = new Set<number>();
      let newSentences = 0;
      let saved = 0;
      const moved = { ids: [] as number[], positions: [] as number[], paragraphs: [] as number[] };
      const flushMoved = async () => {
        if (moved.ids.length === 0) return;
        await tx.$executeRaw`
          UPDATE "Sentence" s SET position = m.position, paragraph = m.paragraph
          FROM unnest(${intArray(moved.ids)}::int[], ${intArray(moved.positions)}::int[], ${intArray(moved.paragraphs)}::int[]) AS m(id, position, paragraph)
          WHERE s.id = m.id`;
        moved.ids = [];
        moved.positions = [];
        moved.paragraphs = [];
      };
      let sentences: { position: number; paragraph: number; text: string }[] = [];
      const occurrences = { positions: [] as number[], words: [] as number[], tokens: [] as number[], starts: [] as number[], lengths: [] as number[] };
      const flushSentences = async () => {
        if (sentences.length === 0) return;
        await tx.$executeRaw`
          WITH inserted AS (
            INSERT INTO "Sentence" ("articleId", position, paragraph, text)
            SELECT ${articleId}, s.position, s.paragraph, s.text
            FROM json_to_recordset(${json(sentences)}::json) AS s(position int, paragraph int, text text)
            ORDER BY s.position
            RETURNING id, position)
          INSERT INTO "Occurrence" ("sentenceId", "wordId", "tokenIndex", start, length)
          SELECT inserted.id, o.word, o.token, o.start, o.length
          FROM unnest(${intArray(occurrences.positions)}::int[], ${intArray(occurrences.words)}::int[], ${intArray(occurrences.tokens)}::int[],
                      ${intArray(occurrences.starts)}::int[], ${intArray(occurrences.lengths)}::int[]) AS o(position, word, token, start, length)
          JOIN inserted ON inserted.position = o.position`;
        saved += sentences.length;
        onProgress('saving', saved, scanned.sentences);
        sentences = [];
        for (const column of Object.values(occurrences)) column.length = 0;
      };

      if (skipsRowChecks) await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      for (const sentence of extractSentences(input.text)) {
        const match = unmatched.get(sentence.text)?.shift();
        if (match) {
          if (match.position !== sentence.index || match.paragraph !== sentence.paragraph) {
            moved.ids.push(match.id);
            moved.positions.push(sentence.index);
            moved.paragraphs.push(sentence.paragraph);
            if (moved.ids.length >= SENTENCE_BATCH) await flushMoved();
          }
          continue;
        }
        newSentences += 1;
        sentences.push({ position: sentence.index, paragraph: sentence.paragraph, text: sentence.text });
        sentence.tokens.forEach((token, tokenIndex) => {
          if (!token.isWord) return;
          const wordId = wordIds.get(token.text)!;
          // A word this import inserted already has its frequency.
          if (!insertedWords.has(wordId)) counted.add(wordId);
          occurrences.positions.push(sentence.index);
          occurrences.words.push(wordId);
          occurrences.tokens.push(tokenIndex);
          occurrences.starts.push(token.start);
          occurrences.lengths.push(token.text.length);
        });
        if (sentences.length >= SENTENCE_BATCH || occurrences.words.length >= OCCURRENCE_BATCH) await flushSentences();
      }
      await flushMoved();
      await flushSentences();
      if (skipsRowChecks) await tx.$executeRaw`SET LOCAL session_replication_role = origin`;

      const removed = [...unmatched.values()].flat().map((sentence) => sentence.id);
      let losing: number[] = [];
      if (removed.length > 0) {
        losing = (
          await tx.$queryRaw<{ wordId: number }[]>`
            SELECT DISTINCT "wordId" FROM "Occurrence" WHERE "sentenceId" = ANY(${intArray(removed)}::int[])`
        ).map((row) => row.wordId);
        await tx.$executeRaw`DELETE FROM "Sentence" WHERE id = ANY(${intArray(removed)}::int[])`;
        for (const wordId of losing) counted.add(wordId);
      }

      // Frequencies of the words this import added or took occurrences from, and the study order of all words:
      // each word is written only if its frequency or rank changed.
      await tx.$executeRaw`
        WITH counted AS (
          SELECT changed.id, count(o."wordId")::int AS n
          FROM unnest(${intArray(counted)}::int[]) AS changed(id) LEFT JOIN "Occurrence" o ON o."wordId" = changed.id
          GROUP BY changed.id),
        ranked AS (
          SELECT id, frequency, (row_number() OVER (ORDER BY "isFunctionWord", frequency DESC, id))::int AS rank
          FROM (SELECT w.id, w."isFunctionWord", coalesce(counted.n, w.frequency) AS frequency FROM "Word" w LEFT JOIN counted ON counted.id = w.id) words)
        UPDATE "Word" w SET frequency = ranked.frequency, "studyRank" = ranked.rank
        FROM ranked
        WHERE ranked.id = w.id AND (w.frequency, w."studyRank") IS DISTINCT FROM (ranked.frequency, ranked.rank)`;
      const wordsLeftWithoutSentences =
        losing.length === 0
          ? []
          : (
              await tx.$queryRaw<{ hanzi: string }[]>`
                SELECT hanzi FROM "Word" WHERE id = ANY(${intArray(losing)}::int[]) AND frequency = 0 ORDER BY id`
            ).map((row) => row.hanzi);

      return { articleId, newSentences, removedSentences: removed.length, wordsWithoutDictionary, wordsLeftWithoutSentences };
    },
    // A long book takes a while on a slow disk: the time allowed grows with the text; it is still one transaction.
    { maxWait: 10_000, timeout: 120_000 + Math.ceil(bytes / MB) * 60_000 },
  );
  // Fresh statistics let the planner use the indexes right away (PGlite has no autovacuum to do it).
  await db.$executeRawUnsafe('ANALYZE "Word", "Card", "Sentence", "Occurrence"');

  return {
    ...summaryBase,
    ...result,
    outcome: identified.existing ? 'updated' : 'created',
    newWords: newHanzi.length,
  };
}
