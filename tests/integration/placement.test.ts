import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { placeByLevel, placementOffer, undoPlacement } from '@/lib/data/placement';
import { getReviewQueue, gradeCard, setCardStatus } from '@/lib/data/review';
import { getCurrentUser, type User } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

// The placement form's action as the app runs it, on the test database, outside a Next request.
const current = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/data/learner', () => ({
  openLearner: async () => ({ db: current.db!, user: await getCurrentUser(current.db!) }),
}));
const { placementAction } = await import('@/app/settings/placement-actions');
const NOT_SUBMITTED = { ok: null, message: '', submission: 0 };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

// HSK 1: 我们 学习 很 好 中国 大; HSK 2: 身体; HSK 3: 中文 重要; HSK 4: 经济; not in HSK: 一带一路.
const TEXT = '我们 学习 中文 。 中国 很 大 。 身体 很 好 。 经济 很 重要 。 一带一路 很 重要 。';

describe.each(BACKENDS)('placement by HSK level on %s', (backend) => {
  let database: TestDatabase;
  let user: User;
  const now = new Date('2026-03-10T08:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    current.db = database.db;
    user = await getCurrentUser(database.db);
    await importArticle(database.db, { title: 'Short', text: TEXT });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  beforeEach(async () => {
    // Every test starts from new, untouched cards and no placement.
    await database.db.$executeRaw`DELETE FROM "Placement"`;
    await database.db.$executeRaw`DELETE FROM "ReviewLog"`;
    await database.db.$executeRaw`UPDATE "Card" SET status = 'ACTIVE', state = 'NEW', reps = 0, "lastReview" = NULL, due = ${now}`;
  });

  const cards = () =>
    database.db.card.findMany({
      where: { userId: user.id },
      select: { id: true, status: true, state: true, version: true, updatedAt: true, word: { select: { hanzi: true, hskLevel: true } } },
      orderBy: { id: 'asc' },
    });
  const statusOf = async (hanzi: string) => (await cards()).find((card) => card.word.hanzi === hanzi)?.status;

  it('marks known exactly the new, unstudied word cards of HSK 1 to N, and records them', async () => {
    const before = await cards();
    const expected = before.filter((card) => card.word.hskLevel !== null && card.word.hskLevel <= 2).map((card) => card.id);
    expect(expected.length).toBeGreaterThan(3);
    const offer = await placementOffer(database.db, user);
    expect(offer.reviewedAnything).toBe(false);
    expect(offer.markable[2]).toBe(expected.length);
    expect(offer.markable[6]).toBe(before.filter((card) => card.word.hskLevel !== null).length);

    const placed = await placeByLevel(database.db, user, 2, now);
    expect(placed).toMatchObject({ ok: true, message: `Marked ${expected.length} words known: HSK 1–2.` });
    const after = await cards();
    for (const card of after) expect(card.status, card.word.hanzi).toBe(expected.includes(card.id) ? 'KNOWN' : 'ACTIVE');
    const stored = await database.db.placement.findFirstOrThrow();
    expect(stored).toMatchObject({ userId: user.id, upToLevel: 2, cardIds: expected, undoneAt: null });
    expect(await statusOf('经济')).toBe('ACTIVE');
    expect(await statusOf('一带一路')).toBe('ACTIVE');

    // The queue no longer offers them.
    const queue = await getReviewQueue(database.db, user, now);
    expect(expected).not.toContain(queue.card?.cardId);
    expect((await placementOffer(database.db, user)).last).toMatchObject({ upToLevel: 2, cards: expected.length, undoneAt: null });
  });

  it('leaves cards already studied, known or suspended alone', async () => {
    const all = await cards();
    const studied = all.find((card) => card.word.hanzi === '我们')!;
    const queue = await getReviewQueue(database.db, user, now);
    expect(queue.card).not.toBeNull();
    // Answer 我们 so that it has a review.
    await database.db.card.update({ where: { id: studied.id }, data: { queuedAt: now } });
    const shown = await getReviewQueue(database.db, user, now);
    expect(shown.card?.cardId).toBe(studied.id);
    expect((await gradeCard(database.db, user, { cardId: studied.id, expectedVersion: shown.card!.version, grade: 'good', requestId: randomUUID() }, now)).ok).toBe(true);
    const suspended = all.find((card) => card.word.hanzi === '身体')!;
    await setCardStatus(database.db, user, suspended.id, 'SUSPENDED');

    const placed = await placeByLevel(database.db, user, 6, now);
    expect(placed.ok).toBe(true);
    const stored = await database.db.placement.findFirstOrThrow();
    expect(stored.cardIds).not.toContain(studied.id);
    expect(stored.cardIds).not.toContain(suspended.id);
    expect(await statusOf('我们')).toBe('ACTIVE');
    expect(await statusOf('身体')).toBe('SUSPENDED');
    expect((await placementOffer(database.db, user)).reviewedAnything).toBe(true);
  });

  it('says so when there is nothing to mark, recording nothing', async () => {
    expect((await placeByLevel(database.db, user, 6, now)).ok).toBe(true);
    const again = await placeByLevel(database.db, user, 6, now);
    expect(again).toMatchObject({ ok: false, error: 'nothing-to-mark' });
    expect(await database.db.placement.count()).toBe(1);
  });

  it('undoes exactly the cards still as it left them, and only once', async () => {
    const before = await cards();
    const placed = await placeByLevel(database.db, user, 2, new Date(now.getTime() + 1000));
    if (!placed.ok) throw new Error(placed.message);
    const ids = (await database.db.placement.findFirstOrThrow()).cardIds;
    // One card changed since (known again by hand after studying it), one reviewed since.
    const [changed, reviewed] = ids;
    await setCardStatus(database.db, user, changed, 'ACTIVE');
    await setCardStatus(database.db, user, changed, 'KNOWN');
    await database.db.reviewLog.create({
      data: {
        requestId: randomUUID(), userId: user.id, cardId: reviewed, rating: 3, stateBefore: 'NEW', cardBefore: {}, versionAfter: 9,
        elapsedDays: 0, scheduledDays: 0, dueAfter: now, reviewedAt: now,
      },
    });

    const undone = await undoPlacement(database.db, user, placed.placement.id, new Date(now.getTime() + 2000));
    expect(undone).toEqual({
      ok: true,
      restored: ids.length - 2,
      leftAlone: 2,
      message: `Undone: ${ids.length - 2} words are new cards again. 2 words you reviewed or changed since were left as they are.`,
    });
    const after = await cards();
    for (const card of after) {
      const was = before.find((row) => row.id === card.id)!;
      if (card.id === changed || card.id === reviewed) expect(card.status).toBe('KNOWN');
      else expect(card.status, card.word.hanzi).toBe(was.status);
    }
    expect((await database.db.placement.findFirstOrThrow()).undoneAt).toEqual(new Date(now.getTime() + 2000));

    const twice = await undoPlacement(database.db, user, placed.placement.id, now);
    expect(twice).toEqual({ ok: false, error: 'already-undone', message: 'This placement was already undone.' });
    expect(await cards()).toEqual(after);
  });

  it('places and undoes through the form action', async () => {
    const placed = await placementAction(NOT_SUBMITTED, form({ intent: 'place', upToLevel: '1' }));
    expect(placed).toMatchObject({ ok: true, message: expect.stringMatching(/^Marked \d+ words known: HSK 1\.$/), submission: 1 });
    const { id } = await database.db.placement.findFirstOrThrow();
    const undone = await placementAction(placed, form({ intent: 'undo', placementId: String(id) }));
    expect(undone).toMatchObject({ ok: true, message: expect.stringMatching(/^Undone: \d+ words are new cards again\.$/), submission: 2 });
    expect(await placementAction(undone, form({ intent: 'undo', placementId: String(id) }))).toMatchObject({ ok: false, message: 'This placement was already undone.' });
    expect((await cards()).every((card) => card.status === 'ACTIVE')).toBe(true);
  });

  it('refuses hostile levels, ids and arguments with a message, changing nothing', async () => {
    const before = await cards();
    const attempts: unknown[] = [
      form({ intent: 'place', upToLevel: '0' }),
      form({ intent: 'place', upToLevel: '7' }),
      form({ intent: 'place', upToLevel: '1e3' }),
      form({ intent: 'place', upToLevel: '2147483648' }),
      form({ intent: 'place', upToLevel: '-1' }),
      form({ intent: 'place', upToLevel: '1.0' }),
      form({ intent: 'place', upToLevel: ' 1' }),
      form({ intent: 'place', upToLevel: '0x1' }),
      form({ intent: 'place', upToLevel: '1\u0000' }),
      form({ intent: 'place' }),
      form({ intent: 'undo', placementId: '2147483648' }),
      form({ intent: 'undo', placementId: '1e3' }),
      form({ intent: 'undo', placementId: '0' }),
      form({ intent: 'undo', placementId: '2147483647' }),
      form({ intent: 'delete', upToLevel: '1' }),
      form({ upToLevel: '1' }),
      undefined,
      'intent=place&upToLevel=1',
      { intent: 'place', upToLevel: 1 },
    ];
    for (const attempt of attempts) {
      const result = await placementAction(NOT_SUBMITTED, attempt as FormData);
      expect(result.ok, JSON.stringify(attempt instanceof FormData ? Object.fromEntries(attempt) : attempt)).toBe(false);
      expect(result.message).toBeTruthy();
    }
    for (const level of [0, 7, 1.5, Number.NaN, '1', '1e3', 2147483648, null]) {
      expect(await placeByLevel(database.db, user, level, now)).toMatchObject({ ok: false, error: 'invalid-level' });
    }
    for (const id of [0, -1, 2147483648, 1.5, Number.NaN]) {
      expect(await undoPlacement(database.db, user, id, now)).toMatchObject({ ok: false, error: 'not-found' });
    }
    expect(await cards()).toEqual(before);
    expect(await database.db.placement.count()).toBe(0);
  });
});
