import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard, resetCard, setCardStatus, undoReview, type ReviewQueue } from '@/lib/data/review';
import { getDashboard } from '@/lib/data/dashboard';
import { getWordDetail, searchWords } from '@/lib/data/words';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import { connect } from '@/lib/db/client';
import { decodeArticleFile } from '@/lib/text/article-file';
import type { Grade } from '@/lib/scheduling/fsrs';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const MINUTE = 60_000;

describe.each(BACKENDS)('reviewing on %s', (backend) => {
  let database: TestDatabase;
  let user: User;
  // 09:00 in Shanghai: mid-morning of the learner's study day.
  const start = new Date('2026-03-10T01:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    user = await updateSettings(database.db, user.id, {
      timeZone: 'Asia/Shanghai',
      dayStartHour: 4,
      newCardsPerDay: 5,
      reviewsPerDay: 200,
      desiredRetention: 0.9,
    });
    await importArticle(database.db, { title: 'Seed', text: SEED_TEXT });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  async function grade(queue: ReviewQueue, value: Grade, now: Date, requestId = randomUUID()) {
    const card = queue.card!;
    return gradeCard(database.db, user, { cardId: card.cardId, expectedVersion: card.version, grade: value, requestId }, now);
  }

  it('introduces new cards most frequent content word first, function words last', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    expect(queue.card?.state).toBe('NEW');
    expect(queue.counts).toEqual({ learning: 0, review: 0, new: 5 });
    const top = await database.db.word.findFirst({ where: { isFunctionWord: false, isName: false }, orderBy: [{ frequency: 'desc' }, { id: 'asc' }] });
    expect(queue.card?.word.hanzi).toBe(top?.hanzi);
    expect(queue.card?.sentences.length).toBeGreaterThan(0);
    const [sentence] = queue.card!.sentences;
    const [position, length] = sentence.highlights[0];
    expect(sentence.text.slice(position, position + length)).toBe(queue.card?.word.hanzi);
    expect(queue.card?.intervals.again).toBe('1m');
  });

  it('stores a grade as a card update and a log holding the card as it was', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const before = await database.db.card.findUniqueOrThrow({ where: { id: queue.card!.cardId } });
    const result = await grade(queue, 'good', start);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = await database.db.card.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.state).toBe('LEARNING');
    expect(after.due.getTime()).toBe(start.getTime() + 10 * MINUTE);
    expect(after.version).toBe(before.version + 1);
    const log = await database.db.reviewLog.findUniqueOrThrow({ where: { id: result.reviewLogId } });
    expect(log.stateBefore).toBe('NEW');
    expect(log.rating).toBe(3);
    expect((log.cardBefore as { due: string }).due).toBe(before.due.toISOString());
    expect(result.card).toEqual({ cardId: before.id, version: before.version + 1, state: 'LEARNING', due: after.due });
    const next = await getReviewQueue(database.db, user, start);
    expect(next.counts).toEqual({ learning: 1, review: 0, new: 4 });
    expect(next.card?.cardId).not.toBe(before.id);
    expect(next.card?.cardId).toBe(queue.upcoming?.cardId);
  });

  it('holds the card after next, so the screen need not wait for it', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    expect(queue.upcoming).not.toBeNull();
    expect(queue.upcoming?.cardId).not.toBe(queue.card?.cardId);
    expect(queue.upcoming?.sentences.length).toBeGreaterThan(0);
  });

  it('applies a retried grade once', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const requestId = randomUUID();
    const first = await grade(queue, 'again', start, requestId);
    const retry = await grade(queue, 'again', start, requestId);
    expect(first.ok && retry.ok).toBe(true);
    if (!first.ok || !retry.ok) return;
    expect(retry.duplicate).toBe(true);
    expect(retry.reviewLogId).toBe(first.reviewLogId);
    expect(await database.db.reviewLog.count({ where: { cardId: queue.card!.cardId } })).toBe(1);
    const card = await database.db.card.findUniqueOrThrow({ where: { id: queue.card!.cardId } });
    expect(card.version).toBe(queue.card!.version + 1);
  });

  it('lets one of two concurrent grades of the same card win and refuses the other cleanly', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const cardId = queue.card!.cardId;
    const results = await Promise.all([grade(queue, 'good', start), grade(queue, 'easy', start)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused).toMatchObject({ ok: false, error: 'conflict' });
    expect(await database.db.reviewLog.count({ where: { cardId } })).toBe(1);
    const card = await database.db.card.findUniqueOrThrow({ where: { id: cardId } });
    expect(card.version).toBe(queue.card!.version + 1);
  });

  it('concurrent grades from two connections also leave exactly one review', async () => {
    const other = await (backend === 'postgres' ? connect(database.target) : Promise.resolve(database));
    try {
      const queue = await getReviewQueue(database.db, user, start);
      const card = queue.card!;
      const input = (value: Grade) => ({ cardId: card.cardId, expectedVersion: card.version, grade: value, requestId: randomUUID() });
      const results = await Promise.all([
        gradeCard(database.db, user, input('good'), start),
        gradeCard(other.db, user, input('hard'), start),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await database.db.reviewLog.count({ where: { cardId: card.cardId } })).toBe(1);
    } finally {
      if (other !== database) await other.close();
    }
  });

  it('grades from the card as stored, even when it changed after it was shown', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const cardId = queue.card!.cardId;
    // Another process rewrites the card without a new version: only its updatedAt tells.
    await database.db.$executeRaw`UPDATE "Card" SET lapses = 3, "updatedAt" = ${new Date(start.getTime() + 1)} WHERE id = ${cardId}`;
    const result = await grade(queue, 'good', start);
    if (!result.ok) throw new Error(result.message);
    const log = await database.db.reviewLog.findUniqueOrThrow({ where: { id: result.reviewLogId } });
    expect((log.cardBefore as { lapses: number }).lapses).toBe(3);
  });

  it('undoes a review exactly, and refuses to undo it twice', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const before = await database.db.card.findUniqueOrThrow({ where: { id: queue.card!.cardId } });
    const graded = await grade(queue, 'easy', start);
    if (!graded.ok) throw new Error(graded.message);
    const undone = await undoReview(database.db, user, graded.reviewLogId, start);
    expect(undone.ok).toBe(true);
    if (undone.ok) expect(undone.queue.card?.cardId).toBe(before.id);
    const restored = await database.db.card.findUniqueOrThrow({ where: { id: before.id } });
    const { updatedAt: _restoredAt, ...restoredFields } = restored;
    const { updatedAt: _beforeAt, ...beforeFields } = before;
    expect(restoredFields).toEqual(beforeFields);
    expect(await database.db.reviewLog.findUnique({ where: { id: graded.reviewLogId } })).toBeNull();
    expect(await undoReview(database.db, user, graded.reviewLogId, start)).toMatchObject({
      ok: false,
      error: 'already-undone',
      message: 'That review was already undone.',
    });
  });

  it('says a review that never existed does not exist, rather than “already undone”', async () => {
    const last = await database.db.reviewLog.findFirst({ orderBy: { id: 'desc' } });
    const result = await undoReview(database.db, user, (last?.id ?? 0) + 1000, start);
    expect(result).toMatchObject({ ok: false, error: 'not-found', message: 'There is no review with that id to undo.' });
  });

  it('does not apply an undone answer again when its request is retried', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const requestId = randomUUID();
    const graded = await grade(queue, 'good', start, requestId);
    if (!graded.ok) throw new Error(graded.message);
    expect((await undoReview(database.db, user, graded.reviewLogId, start)).ok).toBe(true);
    const retried = await grade(queue, 'good', start, requestId);
    expect(retried).toMatchObject({ ok: false, error: 'undone' });
    expect(await database.db.reviewLog.count({ where: { requestId } })).toBe(0);
    const card = await database.db.card.findUniqueOrThrow({ where: { id: queue.card!.cardId } });
    expect(card.version).toBe(queue.card!.version);
  });

  it('says so when a request id from another card is reused, instead of blaming another tab', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const requestId = randomUUID();
    const first = await grade(queue, 'good', start, requestId);
    if (!first.ok) throw new Error(first.message);
    const next = await getReviewQueue(database.db, user, start);
    expect(next.card!.cardId).not.toBe(queue.card!.cardId);
    const reused = await grade(next, 'good', start, requestId);
    expect(reused).toMatchObject({ ok: false, error: 'request-reused' });
    expect((reused as { message: string }).message).not.toMatch(/tab|window/);
    const untouched = await database.db.card.findUniqueOrThrow({ where: { id: next.card!.cardId } });
    expect(untouched.version).toBe(next.card!.version);
  });

  it('says a retried request that changed its answer was not recorded, rather than calling it a duplicate', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const requestId = randomUUID();
    const first = await grade(queue, 'good', start, requestId);
    if (!first.ok) throw new Error(first.message);
    expect(await grade(queue, 'good', start, requestId)).toMatchObject({ ok: true, duplicate: true, reviewLogId: first.reviewLogId });
    const changed = await grade(queue, 'again', start, requestId);
    expect(changed).toMatchObject({ ok: false, error: 'request-reused' });
    expect((changed as { message: string }).message).toMatch(/“good”.*“again” was not recorded/);
    expect(await database.db.reviewLog.findMany({ where: { requestId }, select: { rating: true } })).toEqual([{ rating: 3 }]);
  });

  it('says an undone answer’s request id reused for another card belongs to another answer, not that it was undone', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const requestId = randomUUID();
    const graded = await grade(queue, 'good', start, requestId);
    if (!graded.ok) throw new Error(graded.message);
    expect((await undoReview(database.db, user, graded.reviewLogId, start)).ok).toBe(true);
    expect(await database.db.undoneReview.findUnique({ where: { requestId }, select: { cardId: true } })).toEqual({ cardId: queue.card!.cardId });
    const other = await database.db.card.findFirstOrThrow({ where: { userId: user.id, id: { not: queue.card!.cardId }, status: 'ACTIVE' } });
    const reused = await gradeCard(database.db, user, { cardId: other.id, expectedVersion: other.version, grade: 'good', requestId }, start);
    expect(reused).toMatchObject({ ok: false, error: 'request-reused' });
    expect(await grade(queue, 'good', start, requestId)).toMatchObject({ ok: false, error: 'undone' });
    expect((await database.db.card.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(other.version);
  });

  it('refuses to undo a review that is no longer the card’s latest', async () => {
    const queue = await getReviewQueue(database.db, user, start);
    const first = await grade(queue, 'again', start);
    if (!first.ok) throw new Error(first.message);
    const card = await database.db.card.findUniqueOrThrow({ where: { id: queue.card!.cardId } });
    const second = await gradeCard(
      database.db,
      user,
      { cardId: card.id, expectedVersion: card.version, grade: 'good', requestId: randomUUID() },
      new Date(start.getTime() + 2 * MINUTE),
    );
    expect(second.ok).toBe(true);
    expect(await undoReview(database.db, user, first.reviewLogId, start)).toMatchObject({ ok: false, error: 'not-latest' });
    if (second.ok) expect((await undoReview(database.db, user, second.reviewLogId, start)).ok).toBe(true);
    expect((await undoReview(database.db, user, first.reviewLogId, start)).ok).toBe(true);
  });

  it('stops introducing new cards at the daily limit and starts again the next study day', async () => {
    let now = start;
    let queue = await getReviewQueue(database.db, user, now);
    while (queue.card) {
      now = new Date(now.getTime() + 1000);
      const result = await grade(queue, 'easy', now);
      if (!result.ok) throw new Error(result.message);
      const upcoming = queue.upcoming;
      queue = await getReviewQueue(database.db, user, now);
      expect(queue.card?.cardId).toBe(upcoming?.cardId);
    }
    expect(queue.counts.new).toBe(0);
    expect(queue.end?.newLimitReached).toBe(true);
    expect(['limits', 'learning-later']).toContain(queue.end?.reason);
    // 03:59 the next morning in Shanghai still belongs to today's study day; 04:00 starts a new one.
    const beforeDayStart = await getReviewQueue(database.db, user, new Date('2026-03-10T19:59:00Z'));
    expect(beforeDayStart.counts.new).toBe(0);
    const nextDay = await getReviewQueue(database.db, user, new Date('2026-03-10T20:00:00Z'));
    expect(nextDay.counts.new).toBe(5);
  });

  it('counts the streak and today’s reviews in the learner’s time zone', async () => {
    const dashboard = await getDashboard(database.db, user, start);
    expect(dashboard.streak).toBe(1);
    expect(dashboard.reviewedToday).toBeGreaterThanOrEqual(5);
    const nextMorning = await getDashboard(database.db, user, new Date('2026-03-10T20:30:00Z'));
    expect(nextMorning.reviewedToday).toBe(0);
    expect(nextMorning.streak).toBe(1);
    const dayAfter = await getDashboard(database.db, user, new Date('2026-03-12T20:30:00Z'));
    expect(dayAfter.streak).toBe(0);
  });

  it('describes a word: all its sentences, its reviews and the chance of recalling it now', async () => {
    const reviewed = await database.db.card.findFirstOrThrow({ where: { userId: user.id, status: 'ACTIVE', state: 'REVIEW' } });
    const detail = await getWordDetail(database.db, user, reviewed.wordId, new Date('2026-03-11T01:00:00Z'));
    expect(detail?.sentences.length).toBe(detail?.sentenceCount);
    expect(detail?.sentenceCount).toBeGreaterThan(0);
    expect(detail?.reviews.length).toBeGreaterThan(0);
    expect(detail?.card.retrievability).toBeGreaterThan(0.5);
    expect(detail?.card.retrievability).toBeLessThanOrEqual(1);
  });

  it('finds words by hanzi, pinyin with or without tones, and English, and filters by state', async () => {
    const now = new Date('2026-03-11T01:00:00Z');
    for (const query of ['重大', 'zhongda', 'zhòngdà', 'zhong4da4', 'zhong4 da4']) {
      const found = await searchWords(database.db, user, { query }, now);
      expect(found.words[0]?.hanzi, query).toBe('重大');
    }
    const english = await searchWords(database.db, user, { query: 'significant' }, now);
    expect(english.words.map((word) => word.hanzi)).toContain('重大');
    const reviewing = await searchWords(database.db, user, { filter: 'review' }, now);
    expect(reviewing.total).toBeGreaterThan(0);
    expect(reviewing.words.every((word) => word.state === 'REVIEW' && word.status === 'ACTIVE')).toBe(true);
    expect((await searchWords(database.db, user, { query: 'qqqzzz' }, now)).total).toBe(0);
  });

  it('lists each word with its meanings by reading, the one its articles use first', async () => {
    const found = await searchWords(database.db, user, { query: '的' }, new Date('2026-03-11T01:00:00Z'));
    const de = found.words.find((word) => word.hanzi === '的');
    expect(de?.meanings[0]).toMatchObject({ pinyin: 'de', definitions: expect.arrayContaining(["of; ~'s (possessive particle)"]) });
    expect(de?.meanings.slice(1).map((meaning) => meaning.pinyin)).toContain('dī');
  });

  it('gives the last page for a page past the end, within 32-bit offsets', async () => {
    const now = new Date('2026-03-11T01:00:00Z');
    const first = await searchWords(database.db, user, {}, now);
    expect(first.pageCount).toBeGreaterThan(1);
    for (const page of [first.pageCount + 1, 2_147_483_647, 1e18]) {
      const past = await searchWords(database.db, user, { page }, now);
      expect(past.page, String(page)).toBe(first.pageCount);
      expect(past.words.length, String(page)).toBeGreaterThan(0);
      expect(past.total, String(page)).toBe(first.total);
    }
    const none = await searchWords(database.db, user, { query: 'qqqzzz', page: 5 }, now);
    expect(none).toMatchObject({ page: 1, pageCount: 1, total: 0, words: [] });
  });

  it('takes known and suspended cards out of the queue, and a reset card comes back as new', async () => {
    const now = new Date('2026-03-11T01:00:00Z');
    const queue = await getReviewQueue(database.db, user, now);
    const cardId = queue.card!.cardId;
    expect(await setCardStatus(database.db, user, cardId, 'KNOWN')).toEqual({ ok: true });
    const afterKnown = await getReviewQueue(database.db, user, now);
    expect(afterKnown.card?.cardId).not.toBe(cardId);
    const suspendedId = afterKnown.card!.cardId;
    await setCardStatus(database.db, user, suspendedId, 'SUSPENDED');
    expect((await getReviewQueue(database.db, user, now)).card?.cardId).not.toBe(suspendedId);

    const reviewed = await database.db.card.findFirstOrThrow({ where: { userId: user.id, state: { not: 'NEW' } } });
    expect((await resetCard(database.db, user, reviewed.id, now)).ok).toBe(true);
    const reset = await database.db.card.findUniqueOrThrow({ where: { id: reviewed.id } });
    expect(reset.state).toBe('NEW');
    expect(reset.status).toBe('ACTIVE');
    expect(await database.db.reviewLog.count({ where: { cardId: reviewed.id } })).toBeGreaterThan(0);
  });

  it('refuses to grade a card that is not active', async () => {
    const known = await database.db.card.findFirstOrThrow({ where: { userId: user.id, status: 'KNOWN' } });
    const result = await gradeCard(
      database.db,
      user,
      { cardId: known.id, expectedVersion: known.version, grade: 'good', requestId: randomUUID() },
      start,
    );
    expect(result).toMatchObject({ ok: false, error: 'inactive' });
  });
});
