import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generalRank } from '@/lib/chinese/general-rank';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard } from '@/lib/data/review';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import { fillWordLevels } from '@/lib/data/word-levels';
import { getWordDetail, searchWords, type WordLevelFilter } from '@/lib/data/words';
import type { NewCardOrder } from '@/lib/generated/prisma/enums';
import { decodeArticleFile } from '@/lib/text/article-file';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const DAY = 86_400_000;
const nullsLast = (value: number | null) => value ?? Number.MAX_SAFE_INTEGER;

describe.each(BACKENDS)('HSK levels and general frequency on %s', (backend) => {
  let database: TestDatabase;
  let user: User;
  let day = 0;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    await importArticle(database.db, { title: 'Seed', text: SEED_TEXT });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  const word = (hanzi: string) => database.db.word.findUniqueOrThrow({ where: { hanzi }, select: { id: true, hskLevel: true, generalRank: true } });

  it('gives every imported word its HSK level and general rank, null where a list lacks it', async () => {
    expect(await word('的')).toMatchObject({ hskLevel: 1, generalRank: 9 });
    expect(await word('经济')).toMatchObject({ hskLevel: 4, generalRank: 114 });
    expect(await word('发展')).toMatchObject({ hskLevel: 4, generalRank: generalRank('发展') });
    expect(await word('一带一路')).toMatchObject({ hskLevel: null, generalRank: null });
    const [counts] = await database.db.$queryRaw<{ words: number; inHsk: number; ranked: number }[]>`
      SELECT count(*)::int AS words, count("hskLevel")::int AS "inHsk", count("generalRank")::int AS ranked FROM "Word"`;
    // HSK 2.0 has about four in ten of the seed's words, jieba's dictionary most of them.
    expect(counts.inHsk / counts.words).toBeGreaterThan(0.3);
    expect(counts.ranked / counts.words).toBeGreaterThan(0.85);
    const detail = await getWordDetail(database.db, user, (await word('经济')).id, new Date());
    expect(detail).toMatchObject({ hskLevel: 4, generalRank: 114 });
  });

  it('fills the levels of words imported before they were kept, once, leaving the rest alone', async () => {
    const before = await database.db.word.findMany({ select: { id: true, hskLevel: true, generalRank: true }, orderBy: { id: 'asc' } });
    const withSome = before.filter((row) => row.hskLevel !== null || row.generalRank !== null).length;
    await database.db.$executeRaw`UPDATE "Word" SET "hskLevel" = NULL, "generalRank" = NULL`;
    // A word that has one of them already is not looked at again.
    await database.db.$executeRaw`UPDATE "Word" SET "hskLevel" = 3 WHERE hanzi = '经济'`;
    expect(await fillWordLevels(database.db)).toBe(withSome - 1);
    expect(await word('经济')).toMatchObject({ hskLevel: 3, generalRank: null });
    await database.db.$executeRaw`UPDATE "Word" SET "hskLevel" = NULL WHERE hanzi = '经济'`;
    expect(await fillWordLevels(database.db)).toBe(1);
    expect(await database.db.word.findMany({ select: { id: true, hskLevel: true, generalRank: true }, orderBy: { id: 'asc' } })).toEqual(before);
    expect(await fillWordLevels(database.db)).toBe(0);
  });

  /** The first `count` new cards the queue offers, answering each Easy so that the next new card comes. */
  async function newCardsInQueueOrder(newCardOrder: NewCardOrder, count: number) {
    user = await updateSettings(database.db, user.id, { newCardOrder, newCardsPerDay: 500, timeZone: 'UTC' });
    day += 1;
    const now = new Date(Date.UTC(2026, 2, 10) + day * 30 * DAY);
    // Cards answered before wait aside, so that only new cards come.
    await database.db.card.updateMany({ where: { userId: user.id, state: { not: 'NEW' }, status: 'ACTIVE' }, data: { status: 'SUSPENDED' } });
    const offered = await database.db.card.findMany({
      where: { userId: user.id, status: 'ACTIVE', state: 'NEW', OR: [{ word: { isName: false } }, { queuedAt: { not: null } }] },
      select: { id: true, word: { select: { id: true, hskLevel: true, generalRank: true, studyRank: true } } },
    });
    const expected = offered
      .sort((a, b) =>
        newCardOrder === 'HSK_LEVEL'
          ? nullsLast(a.word.hskLevel) - nullsLast(b.word.hskLevel) ||
            nullsLast(a.word.generalRank) - nullsLast(b.word.generalRank) ||
            a.word.studyRank - b.word.studyRank ||
            a.word.id - b.word.id
          : nullsLast(a.word.generalRank) - nullsLast(b.word.generalRank) || a.word.studyRank - b.word.studyRank || a.word.id - b.word.id,
      )
      .slice(0, count)
      .map((card) => card.id);
    const shown: number[] = [];
    for (let index = 0; index < count; index++) {
      const queue = await getReviewQueue(database.db, user, now);
      expect(queue.card?.state).toBe('NEW');
      shown.push(queue.card!.cardId);
      const graded = await gradeCard(
        database.db,
        user,
        { cardId: queue.card!.cardId, expectedVersion: queue.card!.version, grade: 'easy', requestId: randomUUID() },
        now,
      );
      expect(graded.ok).toBe(true);
    }
    return { shown, expected };
  }

  it('introduces new cards by HSK level, lowest first, the most common in general first within a level', async () => {
    const { shown, expected } = await newCardsInQueueOrder('HSK_LEVEL', 6);
    expect(shown).toEqual(expected);
    const levels = await database.db.card.findMany({ where: { id: { in: shown } }, select: { word: { select: { hskLevel: true } } } });
    expect(levels.every((card) => card.word.hskLevel === 1)).toBe(true);
  });

  it('introduces new cards by general frequency, the most common first', async () => {
    const { shown, expected } = await newCardsInQueueOrder('GENERAL_FREQUENCY', 6);
    expect(shown).toEqual(expected);
    const ranks = await database.db.card.findMany({ where: { id: { in: shown } }, select: { id: true, word: { select: { generalRank: true } } } });
    const rankOf = new Map(ranks.map((card) => [card.id, card.word.generalRank!]));
    expect(shown.map((id) => rankOf.get(id))).toEqual(shown.map((id) => rankOf.get(id)).sort((a, b) => a! - b!));
  });

  it('shows the level and rank on the review card', async () => {
    const queue = await getReviewQueue(database.db, user, new Date(Date.UTC(2026, 2, 10) + 400 * DAY));
    const card = queue.card ?? queue.upcoming;
    expect(card).not.toBeNull();
    const stored = await database.db.word.findUniqueOrThrow({ where: { id: card!.word.id } });
    expect(card!.word).toMatchObject({ hskLevel: stored.hskLevel, generalRank: stored.generalRank });
  });

  describe('the word list', () => {
    const now = new Date('2026-03-11T01:00:00Z');
    const levelOf = (words: { hskLevel: number | null }[]) => new Set(words.map((row) => row.hskLevel));

    it('filters by HSK level, and by "not in HSK"', async () => {
      const all = await searchWords(database.db, user, {}, now);
      let counted = 0;
      for (const level of ['1', '2', '3', '4', '5', '6'] as const) {
        const found = await searchWords(database.db, user, { level }, now);
        expect(found.total, level).toBeGreaterThan(0);
        expect(levelOf(found.words)).toEqual(new Set([Number(level)]));
        counted += found.total;
      }
      const none = await searchWords(database.db, user, { level: 'none' }, now);
      expect(levelOf(none.words)).toEqual(new Set([null]));
      expect(counted + none.total).toBe(all.total);
    });

    it('combines the level with the other filters and the search', async () => {
      const fresh = await searchWords(database.db, user, { level: '1', filter: 'new' }, now);
      expect(fresh.total).toBeGreaterThan(0);
      expect(fresh.words.every((row) => row.hskLevel === 1 && row.state === 'NEW' && row.status === 'ACTIVE')).toBe(true);
      const reviewed = await searchWords(database.db, user, { level: '1', filter: 'review' }, now);
      expect(reviewed.words.every((row) => row.hskLevel === 1 && row.state === 'REVIEW')).toBe(true);
      expect(fresh.total + reviewed.total).toBeLessThanOrEqual((await searchWords(database.db, user, { level: '1' }, now)).total);
      expect((await searchWords(database.db, user, { query: '经济', level: '4' }, now)).words[0]?.hanzi).toBe('经济');
      expect((await searchWords(database.db, user, { query: '经济', level: '3' }, now)).words.map((row) => row.hanzi)).not.toContain('经济');
      expect((await searchWords(database.db, user, { query: 'economy', level: '4' }, now)).words.map((row) => row.hanzi)).toContain('经济');
    });

    it('sorts by general frequency, words outside the list last', async () => {
      const found = await searchWords(database.db, user, { sort: 'general' }, now);
      const ranks = found.words.map((row) => nullsLast(row.generalRank));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const last = await searchWords(database.db, user, { sort: 'general', page: found.pageCount }, now);
      expect(last.words.at(-1)?.generalRank).toBeNull();
    });

    it('ignores a level it does not know, as the page does', async () => {
      const all = await searchWords(database.db, user, {}, now);
      for (const level of ['0', '7', '1e3', '2147483648', "1' OR 1=1 --", 'constructor']) {
        expect((await searchWords(database.db, user, { level: level as WordLevelFilter }, now)).total, level).toBe(all.total);
      }
    });
  });
});
