import { createHash } from 'node:crypto';
import { timeSlices } from '@/lib/async/time-slices';
import { loadCedict } from '@/lib/chinese/cedict';
import { wordLevels } from '@/lib/chinese/general-rank';
import path from 'node:path';
import type { Db } from '@/lib/db/client';
import { ArticleInputError, assertHasChinese, cleanTitle, MAX_ARTICLE_BYTES, titleFromText } from '@/lib/text/article-file';
import { extractSentences } from '@/lib/text/extract';
import { prepareArticle, releaseLexicon, releaseVocabularyTools, studiedSentences, VOCABULARY_VERSION, vocabularyTools, type VocabularyTools } from '@/lib/vocabulary/article';
import { CompactOccurrences, type CompactOccurrence } from '@/lib/vocabulary/compact-occurrences';
import { insertArticleWords, refreshArticleWords } from './article-words';
import { loadBoundaryRules } from './boundary-recut';
import { describeWords, insertWords, intArray, json, redescribeWords, USES_SAMPLED, type DescribedWord, type UsedWord } from './import-words';
import { restoreRetired, transferCards } from './rederive';
import { insertSentences, noOccurrences, type SentenceRow } from './sentence-rows';
import { addSentenceCardsAfterImport } from './sentence-cards';
import { recountWords } from './word-frequencies';

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
  /** Distinct proper names (people, places, organisations): glossed, not in the new cards unless asked for. */
  names: number;
  /** When an article cut by an older vocabulary pass was cut again: cards moved to the word theirs became, and cards retired. */
  rederived: { cardsMoved: number; cardsRetired: number; replaced: { hanzi: string; by: string[] }[] } | null;
  /** Words whose only sentences this import removed (an edited article), in the order they came in. Their cards and reviews are kept. */
  wordsLeftWithoutSentences: string[];
  /** True when the text came without spaces between its words and jieba cut it. */
  segmentedByJieba: boolean;
  /** Passages a segmented text left without spaces (over MAX_WORD_LENGTH characters), cut into words by jieba. */
  passagesSegmented: number;
}

export type ImportProgress = (stage: 'extracting' | 'saving', done: number, total: number) => void;

export function articleSlug(title: string): string {
  return title.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '-');
}

const MB = 1024 * 1024;
// Prisma keeps the serialized parameters of its last 100 raw statements (for its error reports): a book's last
// 100 batches stay in memory until the import ends, so a batch is kept under a megabyte.
const SENTENCE_BATCH = 1000;
const OCCURRENCE_BATCH = 10_000;
const LOOKUP_BATCH = 20_000;
const DESCRIBE_BATCH = 100;

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

// Lists go to the database as one parameter each: an array literal, or JSON. Both are parsed several times
// faster than a JavaScript array that Prisma sends element by element.

interface ArticleRow {
  id: number;
  title: string;
  source: string | null;
  contentHash: string;
  vocabularyVersion: number;
}

type Identified = { existing: ArticleRow; recognisedBy: 'title' | 'file' | 'text'; title: string } | { existing: null; title: string; titleTakenBy: ImportSummary['titleTakenBy'] };

const ARTICLE_FIELDS = { id: true, title: true, source: true, contentHash: true, vocabularyVersion: true } as const;

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

/**
 * True when the article of this title was deleted by the learner: other articles are there, it is not. The
 * seed article is imported on every `npm start`; once deleted, it stays deleted.
 */
export async function articleWasDeleted(db: Db, title: string): Promise<boolean> {
  const [withTitle, articles] = await Promise.all([db.article.count({ where: { slug: articleSlug(title) } }), db.article.count()]);
  return withTitle === 0 && articles > 0;
}

/**
 * The article's distinct words and names in order of first appearance, with their uses, every occurrence (kept
 * compact, to be saved without finding them again), and the counts its summary gives.
 */
async function scanArticle(body: string, tools: VocabularyTools, pause: () => Promise<void>) {
  const words = new Map<string, UsedWord>();
  const found = new CompactOccurrences();
  let sentences = 0;
  let occurrences = 0;
  for (const sentence of studiedSentences(body, tools)) {
    sentences += 1;
    found.add(sentence);
    for (const occurrence of sentence.occurrences) {
      occurrences += 1;
      let used = words.get(occurrence.hanzi);
      if (!used) words.set(occurrence.hanzi, (used = { isName: occurrence.kind === 'name', frequency: 0, readings: new Map(), uses: [] }));
      used.frequency += 1;
      // Only one-character words show their sense by their neighbours (十九 届, 等 closing a list, 同 before a noun).
      if (occurrence.hanzi.length === 1 && used.uses.length < USES_SAMPLED) used.uses.push({ previous: occurrence.previous, next: occurrence.next });
      used.readings.set(occurrence.reading, (used.readings.get(occurrence.reading) ?? 0) + 1);
    }
    await pause();
  }
  return { words, found, sentences, occurrences };
}

/** The article's words, and which of them the word bank already has. */
async function findWords(db: Db, body: string, pause: () => Promise<void>) {
  // The word boundaries learners fixed apply to every cut.
  const scanned = await scanArticle(body, { ...vocabularyTools(), boundaries: await loadBoundaryRules(db) }, pause);
  releaseLexicon();
  if (scanned.words.size === 0) {
    throw new ArticleInputError('The text contains no Chinese words.');
  }
  const known = new Map<string, boolean>();
  const hanziList = [...scanned.words.keys()];
  for (const batch of chunks(hanziList, LOOKUP_BATCH)) {
    const rows = await db.$queryRaw<{ hanzi: string; inDictionary: boolean }[]>`
      SELECT hanzi, "inDictionary" FROM "Word" WHERE hanzi = ANY(ARRAY(SELECT json_array_elements_text(${json(batch)}::json)))`;
    for (const row of rows) known.set(row.hanzi, row.inDictionary);
  }
  return { scanned, known, hanziList, newHanzi: hanziList.filter((hanzi) => !known.has(hanzi)) };
}

/**
 * The new words described (and the known ones again, for an article cut anew), before the transaction, which
 * then holds no dictionary work. The dictionaries go afterwards: nothing of the import keeps a reference to
 * them (a local of `importArticle` would, across its awaits, for as long as it runs).
 */
async function describeArticleWords(
  words: Map<string, UsedWord>,
  hanziList: string[],
  newHanzi: string[],
  known: Map<string, boolean>,
  rederive: boolean,
  pause: () => Promise<void>,
) {
  const cedict = loadCedict();
  const describeAll = async (list: string[]) => {
    const rows: DescribedWord[] = [];
    const levels = wordLevels(list);
    await pause();
    for (const batch of chunks(list, DESCRIBE_BATCH)) {
      rows.push(...describeWords(words, batch, cedict, levels));
      await pause();
    }
    return rows;
  };
  const described = await describeAll(newHanzi);
  const redescribed = rederive ? await describeAll(hanziList.filter((hanzi) => known.has(hanzi))) : [];
  const withoutDictionaryNow = rederive ? hanziList.filter((hanzi) => !cedict.has(hanzi)).length : null;
  releaseVocabularyTools();
  return { described, redescribed, withoutDictionaryNow };
}

/**
 * Imports an article into the shared word bank in one transaction: a failure writes nothing.
 * Re-importing the same text changes nothing; an edited text gains its new sentences and words, loses the
 * sentences that are gone, and every card and review is kept (the summary names any word left without a
 * sentence). Work and memory grow with the text, not with its objects: sentences are extracted one at a
 * time, twice, and written in batches of a thousand sentences or words, each one statement.
 */
export async function importArticle(db: Db, input: ArticleInput, onProgress: ImportProgress = () => {}): Promise<ImportSummary> {
  const bytes = Buffer.byteLength(input.text);
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(`The text is ${(bytes / MB).toFixed(1)} MB; an article can be at most ${MAX_ARTICLE_BYTES / MB} MB.`);
  }
  const givenTitle = input.title === undefined ? undefined : cleanTitle(input.title);
  assertHasChinese(input.text);
  const contentHash = createHash('sha256').update(input.text.normalize('NFC')).digest('hex');
  onProgress('extracting', 0, 1);
  const prepared = prepareArticle(input.text);
  const identified = await identifyArticle(db, {
    title: givenTitle,
    file: input.file,
    suggestedTitle: givenTitle ?? cleanTitle(prepared.headings.title ?? titleFromText(prepared.body)),
    contentHash,
  });
  // An article cut by an older vocabulary pass is cut again, even when its text is the same.
  const rederive = identified.existing !== null && identified.existing.vocabularyVersion < VOCABULARY_VERSION;
  const unchanged = identified.existing?.contentHash === contentHash && !rederive;

  // The word pass is seconds of CPU for a long text: it lets the server answer a learner in between.
  const pause = timeSlices();
  const { scanned, known, hanziList, newHanzi } = await findWords(db, prepared.body, pause);
  onProgress('extracting', 1, 1);
  const summaryBase = {
    title: identified.title,
    recognisedBy: identified.existing ? identified.recognisedBy : null,
    titleTakenBy: identified.existing ? null : identified.titleTakenBy,
    sentences: scanned.sentences,
    words: scanned.words.size,
    occurrences: scanned.occurrences,
    segmentedByJieba: prepared.segmentedHere,
    passagesSegmented: prepared.passagesSegmented,
    names: [...scanned.words.values()].filter((word) => word.isName).length,
  };
  const knownWithoutDictionary = [...known.values()].filter((inDictionary) => !inDictionary).length;

  if (identified.existing && unchanged) {
    releaseVocabularyTools();
    return {
      ...summaryBase,
      articleId: identified.existing.id,
      outcome: 'unchanged',
      newWords: 0,
      newSentences: 0,
      removedSentences: 0,
      wordsWithoutDictionary: knownWithoutDictionary,
      wordsLeftWithoutSentences: [],
      rederived: null,
    };
  }

  const { described, redescribed, withoutDictionaryNow } = await describeArticleWords(scanned.words, hanziList, newHanzi, known, rederive, pause);
  onProgress('saving', 0, scanned.sentences);
  // Timestamps go in as parameters: the columns hold UTC, whatever the server's time zone.
  const importedAt = new Date();
  const result = await db.$transaction(
    async (tx) => {
      const { existing, title } = identified;
      const articleFields = {
        title,
        contentHash,
        vocabularyVersion: VOCABULARY_VERSION,
        author: prepared.headings.byline,
        ...(input.source !== undefined ? { source: input.source } : prepared.headings.source ? { source: prepared.headings.source } : {}),
        ...(input.file !== undefined && { sourceFile: input.file }),
      };
      const articleId = existing
        ? (await tx.article.update({ where: { id: existing.id }, data: articleFields, select: { id: true } })).id
        : (await tx.article.create({ data: { slug: articleSlug(title), ...articleFields }, select: { id: true } })).id;

      // PostgreSQL checks every new card's learner and word, and every occurrence's word and sentence, with a
      // query of its own (its foreign-key triggers): most of the time of a big import. Here all are certain:
      // words and sentences are inserted by the statement that refers to them, and the learners and the words
      // already there are read with a lock that keeps them until the import commits. A connection that may (a
      // superuser's, which PGlite's always is) skips those checks while it inserts; any other runs them. Nothing
      // is deleted meanwhile: a delete's cascades are triggers too.
      const [{ skipsRowChecks }] = await tx.$queryRaw<{ skipsRowChecks: boolean }[]>`SELECT current_setting('is_superuser') = 'on' AS "skipsRowChecks"`;
      if (skipsRowChecks) await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      const inserted = await insertWords(tx, scanned.words, described, importedAt);
      const wordIds = inserted.ids;
      const insertedWords = new Set(wordIds.values());
      let wordsWithoutDictionary = knownWithoutDictionary + inserted.withoutDictionary;
      if (rederive) {
        // The pass may read or gloss the article's known words differently now.
        await redescribeWords(tx, redescribed);
        wordsWithoutDictionary = withoutDictionaryNow!;
      }
      for (const batch of chunks(hanziList.filter((hanzi) => !wordIds.has(hanzi)), LOOKUP_BATCH)) {
        const rows = skipsRowChecks
          ? await tx.$queryRaw<{ id: number; hanzi: string }[]>`
              SELECT id, hanzi FROM "Word" WHERE hanzi = ANY(ARRAY(SELECT json_array_elements_text(${json(batch)}::json))) FOR KEY SHARE`
          : await tx.$queryRaw<{ id: number; hanzi: string }[]>`
              SELECT id, hanzi FROM "Word" WHERE hanzi = ANY(ARRAY(SELECT json_array_elements_text(${json(batch)}::json)))`;
        for (const row of rows) wordIds.set(row.hanzi, row.id);
      }
      if (wordIds.size < hanziList.length) throw new Error('Words were deleted while the article was being imported: import it again.');

      // Sentences are matched by text, so an edit keeps the sentences it did not touch; an article cut again
      // gets all its sentences anew, and the old ones go once their cards have followed (`transferCards`).
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
      let sentences: SentenceRow[] = [];
      const occurrences = noOccurrences();
      const flushSentences = async () => {
        if (sentences.length === 0) return;
        await insertSentences(tx, articleId, sentences, occurrences);
        saved += sentences.length;
        onProgress('saving', saved, scanned.sentences);
        sentences = [];
        for (const column of Object.values(occurrences)) column.length = 0;
      };

      // The same sentences again, with the occurrences the scan found in each.
      const foundIn = scanned.found.sentences();
      const wordIdAt = scanned.found.words.map((hanzi) => wordIds.get(hanzi)!);
      for (const sentence of extractSentences(prepared.body)) {
        const found = foundIn.next().value as CompactOccurrence[];
        const match = rederive ? undefined : unmatched.get(sentence.text)?.shift();
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
        found.forEach((occurrence, tokenIndex) => {
          const wordId = wordIdAt[occurrence.word];
          // A word this import inserted already has its frequency.
          if (!insertedWords.has(wordId)) counted.add(wordId);
          occurrences.positions.push(sentence.index);
          occurrences.words.push(wordId);
          occurrences.tokens.push(tokenIndex);
          occurrences.starts.push(occurrence.start);
          occurrences.lengths.push(occurrence.length);
          occurrences.readings.push(occurrence.reading);
          occurrences.phraseStarts.push(occurrence.phrase?.start ?? -1);
          occurrences.phraseLengths.push(occurrence.phrase?.length ?? -1);
        });
        if (sentences.length >= SENTENCE_BATCH || occurrences.words.length >= OCCURRENCE_BATCH) await flushSentences();
      }
      await flushMoved();
      await flushSentences();
      // A new article's word counts are the scan's: nothing to count again from its occurrences.
      if (!existing) await insertArticleWords(tx, articleId, hanziList.map((hanzi) => wordIds.get(hanzi)!), hanziList.map((hanzi) => scanned.words.get(hanzi)!.frequency));
      if (skipsRowChecks) await tx.$executeRaw`SET LOCAL session_replication_role = origin`;

      const removed = [...unmatched.values()].flat().map((sentence) => sentence.id);
      const transfers = rederive ? await transferCards(tx, articleId, removed, importedAt) : null;
      await restoreRetired(tx, [...wordIds.values()], importedAt);
      let losing: number[] = [];
      if (removed.length > 0) {
        losing = (
          await tx.$queryRaw<{ wordId: number }[]>`
            SELECT DISTINCT "wordId" FROM "Occurrence" WHERE "sentenceId" = ANY(${intArray(removed)}::int[])`
        ).map((row) => row.wordId);
        await tx.$executeRaw`DELETE FROM "Sentence" WHERE id = ANY(${intArray(removed)}::int[])`;
        for (const wordId of losing) counted.add(wordId);
      }

      if (existing) await refreshArticleWords(tx, [articleId]);
      // The words this import added or took occurrences from; the study order of all words.
      await recountWords(tx, counted);
      const wordsLeftWithoutSentences =
        losing.length === 0
          ? []
          : (
              await tx.$queryRaw<{ hanzi: string }[]>`
                SELECT hanzi FROM "Word" WHERE id = ANY(${intArray(losing)}::int[]) AND frequency = 0 ORDER BY id`
            ).map((row) => row.hanzi);

      return {
        articleId,
        newSentences: rederive ? 0 : newSentences,
        removedSentences: rederive ? 0 : removed.length,
        wordsWithoutDictionary,
        // Words a new cut replaced are retired or moved, not "left without a sentence".
        wordsLeftWithoutSentences: transfers ? [] : wordsLeftWithoutSentences,
        rederived: transfers && { cardsMoved: transfers.moved, cardsRetired: transfers.retired, replaced: transfers.replaced },
      };
    },
    // A long book takes a while on a slow disk: the time allowed grows with the text; it is still one transaction.
    { maxWait: 10_000, timeout: 120_000 + Math.ceil(bytes / MB) * 60_000 },
  );
  // Fresh statistics let the planner use the indexes right away (PGlite has no autovacuum to do it). Only of the
  // columns that queries filter, join and sort on: sampling the words' meanings and glossaries and the sentences'
  // texts took most of the time, and of an embedded database's memory, that statistics cost.
  await db.$executeRawUnsafe(
    `ANALYZE "Word" (id, hanzi, "studyRank", frequency, "pinyinPlain", "isFunctionWord", "isName", "inDictionary", "replacedBy", "hskLevel", "generalRank"),
       "Card", "Sentence" (id, "articleId", position, paragraph), "Occurrence", "ArticleWord"`,
  );
  // Learners with sentence cards on get them for the new words too (after the import: they need its sentences).
  await addSentenceCardsAfterImport(db, result.articleId, importedAt);

  return {
    ...summaryBase,
    ...result,
    outcome: identified.existing ? 'updated' : 'created',
    newWords: newHanzi.length,
  };
}
