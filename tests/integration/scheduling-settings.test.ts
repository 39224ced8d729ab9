import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard, queueCard, type ReviewQueue } from '@/lib/data/review';
import { changeSettings, getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import { estimateWorkload } from '@/lib/data/workload';
import { formatInterval, type Grade } from '@/lib/scheduling/fsrs';
import { decodeArticleFile } from '@/lib/text/article-file';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';
import { SHANGHAI_SETTINGS } from '../helpers/settings';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DEFAULTS = { ...SHANGHAI_SETTINGS, timeZone: 'UTC' };

describe.each(BACKENDS)('the scheduling settings on %s', (backend) => {
  let database: TestDatabase;
  let user: User;
  // Each test starts on a study day of its own, so daily limits do not carry over.
  let day = 0;
  let now: Date;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    await importArticle(database.db, { title: 'Seed', text: SEED_TEXT });
  });

  beforeEach(async () => {
    user = await updateSettings(database.db, user.id, DEFAULTS);
    day += 1;
    now = new Date(Date.UTC(2026, 2, 10 + day, 8));
    await setAside();
  });

  /** Cards already started wait aside (suspended), so a test sees the new cards first. */
  const setAside = () =>
    database.db.card.updateMany({ where: { userId: user.id, state: { not: 'NEW' }, status: 'ACTIVE' }, data: { status: 'SUSPENDED' } });

  afterAll(async () => {
    await database?.destroy();
  });

  const settle = async (changes: Partial<typeof DEFAULTS> | Record<string, unknown>) => {
    user = await updateSettings(database.db, user.id, changes);
  };
  const queue = () => getReviewQueue(database.db, user, now);

  async function grade(shown: ReviewQueue, value: Grade, at = now) {
    const card = shown.card!;
    const result = await gradeCard(database.db, user, { cardId: card.cardId, expectedVersion: card.version, grade: value, requestId: randomUUID() }, at);
    if (!result.ok) throw new Error(result.message);
    // The button said what the grade gives.
    const given = result.card.due.getTime() - at.getTime();
    expect([formatInterval(given), `${Math.round(given / DAY)}d`]).toContain(card.intervals[value]);
    return result;
  }

  /** The learner's offered new cards, in JS, with their word's id and rank. */
  async function offeredNewCards() {
    const cards = await database.db.card.findMany({
      where: { userId: user.id, status: 'ACTIVE', state: 'NEW', OR: [{ word: { isName: false } }, { queuedAt: { not: null } }] },
      select: { id: true, queuedAt: true, word: { select: { id: true, hanzi: true, studyRank: true } } },
    });
    return cards;
  }

  it('introduces new cards most frequent first, in article order, or shuffled the same way each time, a queued card first in every order', async () => {
    const offered = await offeredNewCards();
    const first = <T>(values: T[], key: (value: T) => [number, number] | [bigint, number]) =>
      values.reduce((best, value) => {
        const [a, b] = key(value);
        const [c, d] = key(best);
        return a < c || (a === c && b < d) ? value : best;
      });
    const byFrequency = first(offered, (card) => [card.word.studyRank, card.word.id]);
    const byArticle = first(offered, (card) => [card.word.id, 0]);
    const shuffleKey = (id: number) => (BigInt(id) * 2654435761n) % 4294967296n;
    const shuffled = first(offered, (card) => [shuffleKey(card.id), card.id]);
    expect(new Set([byFrequency.id, byArticle.id, shuffled.id]).size).toBe(3);

    expect((await queue()).card?.cardId).toBe(byFrequency.id);
    await settle({ newCardOrder: 'ARTICLE' });
    expect((await queue()).card?.cardId).toBe(byArticle.id);
    await settle({ newCardOrder: 'RANDOM' });
    const random = await queue();
    expect(random.card?.cardId).toBe(shuffled.id);
    expect((await getReviewQueue(database.db, user, new Date(now.getTime() + 3 * DAY))).card?.cardId).toBe(shuffled.id);

    const asked = offered.find((card) => ![byFrequency.id, byArticle.id, shuffled.id].includes(card.id))!;
    expect((await queueCard(database.db, user, asked.id, now)).ok).toBe(true);
    for (const newCardOrder of ['FREQUENCY', 'ARTICLE', 'RANDOM'] as const) {
      await settle({ newCardOrder });
      expect((await queue()).card?.cardId, newCardOrder).toBe(asked.id);
    }
    await database.db.card.update({ where: { id: asked.id }, data: { queuedAt: null } });
  });

  it('shows a learning card early only within the learn-ahead window', async () => {
    await settle({ newCardsPerDay: 1 });
    const shown = await queue();
    const { card } = await grade(shown, 'good');
    expect(card.due.getTime()).toBe(now.getTime() + 10 * MINUTE);
    const at = (minutes: number) => getReviewQueue(database.db, user, new Date(now.getTime() + minutes * MINUTE));

    expect((await at(1)).card?.cardId).toBe(card.cardId);
    await settle({ learnAheadMinutes: 0 });
    const none = await at(1);
    expect(none.card).toBeNull();
    expect(none.end?.reason).toBe('learning-later');
    expect((await at(10)).card?.cardId).toBe(card.cardId);
    await settle({ learnAheadMinutes: 5 });
    expect((await at(4)).card).toBeNull();
    expect((await at(5)).card?.cardId).toBe(card.cardId);
    await settle({ learnAheadMinutes: 120, newCardsPerDay: 0 });
    expect((await at(0)).card?.cardId).toBe(card.cardId);
  });

  it('takes new cards through the learner’s learning steps, and lapses through the relearning steps or none', async () => {
    await settle({ learningSteps: ['2m', '15m', '1h'] });
    const shown = await queue();
    expect(shown.card?.intervals).toMatchObject({ again: '2m', good: '15m' });
    const first = await grade(shown, 'good');
    expect(first.card.due.getTime()).toBe(now.getTime() + 15 * MINUTE);
    const second = await getReviewQueue(database.db, user, first.card.due);
    expect(second.card?.cardId).toBe(first.card.cardId);
    const stepped = await grade(second, 'good', first.card.due);
    expect(stepped.card).toMatchObject({ state: 'LEARNING', due: new Date(first.card.due.getTime() + 60 * MINUTE) });

    // A review card forgotten: ten minutes with the default relearning step, days at once with none.
    await setAside();
    await settle({ learningSteps: [], relearningSteps: ['10m'] });
    const fresh = await queue();
    expect(fresh.card?.state).toBe('NEW');
    const graduated = await grade(fresh, 'good');
    expect(graduated.card.state).toBe('REVIEW');
    const due = await getReviewQueue(database.db, user, graduated.card.due);
    expect(due.card?.cardId).toBe(graduated.card.cardId);
    expect(due.card?.intervals.again).toBe('10m');
    await settle({ relearningSteps: [] });
    const noSteps = await getReviewQueue(database.db, user, graduated.card.due);
    expect(noSteps.card?.cardId).toBe(graduated.card.cardId);
    expect(noSteps.card?.intervals.again).toMatch(/d$/);
    const lapsed = await grade(noSteps, 'again', graduated.card.due);
    expect(lapsed.card.due.getTime() - graduated.card.due.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('never schedules further than the maximum interval', async () => {
    await settle({ maximumIntervalDays: 3 });
    const shown = await queue();
    const graduated = await grade(shown, 'easy');
    expect(graduated.card.due.getTime() - now.getTime()).toBeLessThanOrEqual(3 * DAY);
    const later = await getReviewQueue(database.db, user, graduated.card.due);
    expect(later.card?.cardId).toBe(graduated.card.cardId);
    expect(later.card?.intervals.easy).toBe('3d');
    const again = await grade(later, 'easy', graduated.card.due);
    expect(again.card.due.getTime() - graduated.card.due.getTime()).toBe(3 * DAY);
  });

  it('changes no past review and no card’s due date', async () => {
    const shown = await queue();
    await grade(shown, 'good');
    const before = {
      cards: await database.db.card.findMany({ orderBy: { id: 'asc' } }),
      logs: await database.db.reviewLog.findMany({ orderBy: { id: 'asc' } }),
    };
    expect(before.logs.length).toBeGreaterThan(0);
    const saved = await changeSettings(database.db, user.id, {
      desiredRetention: 0.8,
      learningSteps: ['5m'],
      relearningSteps: [],
      maximumIntervalDays: 30,
      learnAheadMinutes: 60,
      newCardOrder: 'RANDOM',
    });
    if (!saved.ok) throw new Error('not saved');
    user = saved.user;
    await queue();
    expect(await database.db.card.findMany({ orderBy: { id: 'asc' } })).toEqual(before.cards);
    expect(await database.db.reviewLog.findMany({ orderBy: { id: 'asc' } })).toEqual(before.logs);
  });

  it('estimates the workload from the learner’s cards, more reviews the higher the retention', async () => {
    const inStudy = await database.db.card.count({ where: { userId: user.id, status: 'ACTIVE', state: { not: 'NEW' } } });
    const workload = await estimateWorkload(database.db, user, 90, now);
    expect(workload).toMatchObject({ days: 365, cards: inStudy, newCards: (await offeredNewCards()).length, newCardsPerDay: 20, secondsPerReview: 8 });
    expect(workload.estimates.map((estimate) => estimate.desiredRetention)).toEqual([0.8, 0.85, 0.9, 0.93, 0.96]);
    const reviews = workload.estimates.map((estimate) => estimate.reviewsPerDay);
    expect(reviews).toEqual([...reviews].sort((a, b) => a - b));
    expect(reviews[0]).toBeGreaterThan(0);
    await settle({ newCardsPerDay: 40 });
    expect((await estimateWorkload(database.db, user, 90, now)).estimates[2].reviewsPerDay).toBeGreaterThan(reviews[2]);
  });
});
