import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard, schedulerFor, storedCard, undoReview } from '@/lib/data/review';
import { ensureReviewSlots } from '@/lib/data/review-slots';
import { getStats } from '@/lib/data/stats';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import type { Grade } from '@/lib/scheduling/fsrs';
import { decodeArticleFile } from '@/lib/text/article-file';
import { reviewsOn, todayFigures } from '@/lib/stats/day-stats';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const HOUR = 3_600_000;

describe.each(BACKENDS)('statistics on %s', (backend) => {
  let database: TestDatabase;
  let user: User;
  let otherArticleId: number;

  async function answer(grade: Grade, at: Date): Promise<number> {
    const queue = await getReviewQueue(database.db, user, at);
    const card = queue.card!;
    const result = await gradeCard(database.db, user, { cardId: card.cardId, expectedVersion: card.version, grade, requestId: randomUUID(), durationMs: 4000 }, at);
    if (!result.ok) throw new Error(result.message);
    return result.reviewLogId;
  }

  async function slotsNow() {
    return database.db.reviewSlot.findMany({ where: { userId: user.id }, orderBy: { slot: 'asc' } });
  }

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    user = await updateSettings(database.db, user.id, { timeZone: 'Asia/Shanghai', dayStartHour: 4, newCardsPerDay: 50, reviewsPerDay: 500 });
    await importArticle(database.db, { title: 'Seed', text: SEED_TEXT });
    const other = await importArticle(database.db, { title: 'Short', text: '我们 学习 中文 。 今天 天气 很 好 。' });
    otherArticleId = (await database.db.article.findFirstOrThrow({ where: { title: 'Short' } })).id;
    expect(other).toBeTruthy();
    await ensureReviewSlots(database.db, user);
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('keeps the quarter-hour counts equal to counting the review log afresh, through grades and an undo', async () => {
    // 2026-03-09 03:30 in Shanghai (19:30 UTC on the 8th) still belongs to the study day of the 8th.
    const lateNight = new Date('2026-03-08T19:30:00Z');
    for (const grade of ['good', 'again', 'good', 'easy'] as const) await answer(grade, lateNight);
    const morning = new Date('2026-03-09T01:00:00Z');
    await answer('good', morning);
    const undone = await answer('hard', new Date(morning.getTime() + 60_000));
    const undo = await undoReview(database.db, user, undone, new Date(morning.getTime() + 120_000));
    expect(undo.ok).toBe(true);
    const kept = await slotsNow();
    await database.db.user.update({ where: { id: user.id }, data: { reviewSlotsCountedAt: null } });
    await ensureReviewSlots(database.db, user);
    expect(await slotsNow()).toEqual(kept);
    expect(kept.reduce((sum, slot) => sum + slot.learningAgain + slot.learningGood + slot.learningEasy + slot.learningHard, 0)).toBe(5);
    expect(kept.reduce((sum, slot) => sum + slot.newCards, 0)).toBe(4);
  });

  it("puts answers in the learner's study days and hours, and sums today from today's answers alone", async () => {
    const now = new Date('2026-03-09T02:00:00Z');
    const stats = await getStats(database.db, user, now, {}, new Date('2026-03-01T00:00:00Z'));
    expect(stats.today).toBe('2026-03-09');
    expect(stats.days.map((day) => [day.day, reviewsOn(day)])).toEqual([
      ['2026-03-08', 4],
      ['2026-03-09', 1],
    ]);
    // The morning's answer went to a card learnt the night before, due again: no new word today.
    expect(todayFigures(stats.days, stats.today)).toEqual({ reviews: 1, durationMs: 4000, againRate: 0, newCards: 0 });
    // 03:30 and 09:00 on the clocks in Shanghai.
    expect(stats.hours.filter((hour) => hour.total > 0)).toEqual([
      { hour: 3, total: 4, passed: 3 },
      { hour: 9, total: 1, passed: 1 },
    ]);
    // Easy on a new card graduates it at once.
    expect([stats.cards.byState.learning, stats.cards.byState.young]).toEqual([3, 1]);
    expect(stats.cards.studied).toBe(4);
  });

  it("estimates the words known now as the sum of the cards' retrievability, as the scheduler computes it", async () => {
    const now = new Date('2026-03-12T02:00:00Z');
    const stats = await getStats(database.db, user, now, {}, now);
    const cards = await database.db.card.findMany({ where: { userId: user.id, state: { not: 'NEW' }, status: 'ACTIVE' } });
    const expected = cards.reduce((sum, card) => sum + (schedulerFor(user).retrievability(storedCard(card), now) ?? 0), 0);
    expect(stats.cards.knownNow).toBeCloseTo(expected, 4);
    expect(stats.cards.retrievability.reduce((sum, count) => sum + count, 0)).toBe(cards.length);
    expect(stats.cards.stability.reduce((sum, count) => sum + count, 0)).toBe(cards.length);
    expect(stats.cards.difficulty.reduce((sum, count) => sum + count, 0)).toBe(cards.length);
  });

  it('forecasts the cards due per study day, the ones due before today as a backlog', async () => {
    const now = new Date('2026-03-12T02:00:00Z');
    const stats = await getStats(database.db, user, now, {}, now);
    const due = await database.db.card.findMany({ where: { userId: user.id, state: { not: 'NEW' }, status: 'ACTIVE' }, select: { due: true } });
    const today = new Date('2026-03-11T20:00:00Z');
    expect(stats.overdue).toBe(due.filter((card) => card.due < today).length);
    expect(stats.overdue + stats.forecast.reduce((sum, day) => sum + day.review + day.learning, 0)).toBe(due.length);
    expect(stats.forecast[0].day).toBe('2026-03-12');
  });

  it("narrows everything to one article's words", async () => {
    const now = new Date('2026-03-09T02:00:00Z');
    const all = await getStats(database.db, user, now, {}, now);
    const seedId = (await database.db.article.findFirstOrThrow({ where: { title: 'Seed' } })).id;
    const seed = await getStats(database.db, user, now, { articleId: seedId }, now);
    const wordsOfShort = await database.db.occurrence.findMany({ where: { sentence: { articleId: otherArticleId } }, distinct: ['wordId'], select: { wordId: true } });
    const reviewedInShort = await database.db.reviewLog.count({ where: { userId: user.id, card: { wordId: { in: wordsOfShort.map((word) => word.wordId) } } } });
    const short = await getStats(database.db, user, now, { articleId: otherArticleId }, now);
    expect(short.days.reduce((sum, day) => sum + reviewsOn(day), 0)).toBe(reviewedInShort);
    expect(seed.days.reduce((sum, day) => sum + reviewsOn(day), 0)).toBe(all.days.reduce((sum, day) => sum + reviewsOn(day), 0));
    expect(short.cards.byState.new + short.cards.byState.names + short.cards.byState.learning).toBeLessThan(all.cards.byState.new);
  });

  it('follows a change of time zone at once, without touching the reviews', async () => {
    const reviews = await database.db.reviewLog.findMany({ orderBy: { id: 'asc' } });
    const inUtc = await updateSettings(database.db, user.id, { timeZone: 'UTC', dayStartHour: 0 });
    const stats = await getStats(database.db, inUtc, new Date('2026-03-09T02:00:00Z'), {}, new Date('2026-03-01T00:00:00Z'));
    expect(stats.days.map((day) => [day.day, reviewsOn(day)])).toEqual([
      ['2026-03-08', 4],
      ['2026-03-09', 1],
    ]);
    expect(stats.hours.filter((hour) => hour.total > 0).map((hour) => hour.hour)).toEqual([1, 19]);
    expect(await database.db.reviewLog.findMany({ orderBy: { id: 'asc' } })).toEqual(reviews);
    user = await updateSettings(database.db, user.id, { timeZone: 'Asia/Shanghai', dayStartHour: 4 });
  });
});
