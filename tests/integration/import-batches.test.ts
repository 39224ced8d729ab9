import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle, type ImportSummary } from '@/lib/data/import-article';
import { getCurrentUser } from '@/lib/data/users';
import { generateCorpus } from '@/scripts/bench/corpus';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

// A text long enough that its sentences, occurrences and words are each saved in several statements.
describe.each(BACKENDS)('a text saved in several batches on %s', (backend) => {
  let database: TestDatabase;
  let summary: ImportSummary;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    await getCurrentUser(database.db);
    summary = await importArticle(database.db, { title: '长文', text: generateCorpus(300_000) });
  }, 120_000);

  afterAll(async () => {
    await database?.destroy();
  });

  /** The one number a query answers. */
  const count = async (sql: string) => Number(Object.values((await database.db.$queryRawUnsafe<Record<string, bigint>[]>(sql))[0])[0]);

  it('is long enough to need several statements of each kind', () => {
    expect(summary.sentences).toBeGreaterThan(1_000);
    expect(summary.occurrences).toBeGreaterThan(20_000);
    expect(summary.newWords).toBeGreaterThan(2_000);
  });

  it('saves every sentence once, in order, and every occurrence on its own sentence and word', async () => {
    expect(await count(`SELECT count(*) FROM "Sentence" WHERE "articleId" = ${summary.articleId}`)).toBe(summary.sentences);
    expect(await count(`SELECT count(DISTINCT position) FROM "Sentence" WHERE position BETWEEN 0 AND ${summary.sentences - 1}`)).toBe(summary.sentences);
    expect(await count(`SELECT count(*) FROM "Occurrence"`)).toBe(summary.occurrences);
    // Each occurrence's place in its sentence (in UTF-16 code units, as the reading view slices it) reads its word,
    // or, for a word written inside a longer phrase, the phrase holds it.
    const placed = await database.db.$queryRawUnsafe<{ hanzi: string; text: string; start: number; length: number; phraseStart: number | null; phraseLength: number | null }[]>(`
      SELECT w.hanzi, s.text, o.start, o.length, o."phraseStart", o."phraseLength"
      FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId" JOIN "Word" w ON w.id = o."wordId"`);
    const misplaced = placed.filter(
      (row) =>
        row.text.slice(row.start, row.start + row.length) !== row.hanzi &&
        !(row.phraseStart !== null && row.text.slice(row.phraseStart, row.phraseStart + row.phraseLength!).includes(row.hanzi)),
    );
    expect(misplaced).toEqual([]);
    // Characters outside the Basic Multilingual Plane (𫛭) are two code units: the places after them still read right.
    expect(placed.some((row) => /[\u{20000}-\u{3FFFF}]/u.test(row.text.slice(0, row.start)))).toBe(true);
    expect(await count(`SELECT count(*) FROM "Occurrence" o LEFT JOIN "Sentence" s ON s.id = o."sentenceId" WHERE s.id IS NULL`)).toBe(0);
  });

  it('gives every word its count, its place in the study order and a card, once', async () => {
    expect(await count(`SELECT count(*) FROM "Word"`)).toBe(summary.words);
    expect(await count(`SELECT coalesce(sum(frequency), 0) FROM "Word"`)).toBe(summary.occurrences);
    expect(await count(`SELECT count(*) FROM "Word" w WHERE w.frequency <> (SELECT count(*) FROM "Occurrence" o WHERE o."wordId" = w.id)`)).toBe(0);
    expect(await count(`SELECT count(DISTINCT "studyRank") FROM "Word"`)).toBe(summary.words);
    expect(await count(`SELECT count(*) FROM "Card"`)).toBe(summary.words);
    expect(await count(`SELECT coalesce(sum(tokens), 0) FROM "ArticleWord" WHERE "articleId" = ${summary.articleId}`)).toBe(summary.occurrences);
  });
});
