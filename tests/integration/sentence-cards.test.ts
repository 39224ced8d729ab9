import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard, queueCard, setCardStatus, undoReview, type ReviewQueue } from '@/lib/data/review';
import { getDashboard } from '@/lib/data/dashboard';
import { searchWords } from '@/lib/data/words';
import { anotherSentence, setSentenceCardForWord, setSentenceCardsForAll } from '@/lib/data/sentence-cards';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import { decodeArticleFile } from '@/lib/text/article-file';
import { timesWritten } from '@/lib/sentence-cards/choose-sentence';
import type { Grade } from '@/lib/scheduling/fsrs';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const DAY = 86_400_000;

describe.each(BACKENDS)('sentence cards on %s', (backend) => {
  let database: TestDatabase;
  let user: User;
  // 09:00 in Shanghai: mid-morning of the learner's study day.
  const day1 = new Date('2026-03-10T01:00:00Z');
  const day2 = new Date(day1.getTime() + DAY);
  const day3 = new Date(day1.getTime() + 2 * DAY);

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    user = await updateSettings(database.db, user.id, { timeZone: 'Asia/Shanghai', dayStartHour: 4, newCardsPerDay: 20, reviewsPerDay: 200 });
    await importArticle(database.db, { title: 'Seed', text: SEED_TEXT });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  const db = () => database.db;
  const sentenceCardOf = (wordId: number) => db().card.findUnique({ where: { userId_wordId_kind: { userId: user.id, wordId, kind: 'SENTENCE' } } });
  const wordCardOf = (wordId: number) => db().card.findUniqueOrThrow({ where: { userId_wordId_kind: { userId: user.id, wordId, kind: 'WORD' } } });
  const gradeId = (cardId: number, version: number, grade: Grade, now: Date) =>
    gradeCard(db(), user, { cardId, expectedVersion: version, grade, requestId: randomUUID() }, now);
  const shown = (queue: ReviewQueue) => [queue.card?.cardId, queue.upcoming?.cardId];

  let listBefore: { total: number };
  let dashboardBefore: Awaited<ReturnType<typeof getDashboard>>;

  it('switching on gives every word with a good sentence a new sentence card on that sentence, names waiting aside', async () => {
    listBefore = await searchWords(db(), user, {}, day1);
    dashboardBefore = await getDashboard(db(), user, day1);
    const result = await setSentenceCardsForAll(db(), user, true, day1);
    user = await getCurrentUser(db());
    expect(user.sentenceCards).toBe(true);
    const cards = await db().card.findMany({ where: { userId: user.id, kind: 'SENTENCE' }, include: { word: true, sentence: true } });
    expect(result.created).toBe(cards.length);
    expect(cards.length).toBeGreaterThan(300);
    expect(cards.length).toBeLessThan(listBefore.total);
    for (const card of cards) {
      expect(card.state).toBe('NEW');
      expect(card.status).toBe('ACTIVE');
      expect(card.word.isName).toBe(false);
      expect(timesWritten(card.sentence!.text, card.word.hanzi)).toBe(1);
    }
    // Switching on again creates nothing more.
    expect((await setSentenceCardsForAll(db(), user, true, day1)).created).toBe(0);
  });

  it('does not duplicate a word in the word list nor double count the dashboard', async () => {
    const list = await searchWords(db(), user, {}, day1);
    expect(list.total).toBe(listBefore.total);
    const ids = list.words.map((word) => word.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dashboard = await getDashboard(db(), user, day1);
    expect(dashboard.totalWords).toBe(dashboardBefore.totalWords);
    expect(dashboard.byState).toEqual(dashboardBefore.byState);
    expect(dashboard.newLeftToday).toBe(dashboardBefore.newLeftToday);
  });

  it('introduces a new sentence card only once its word card has graduated', async () => {
    // The word card of the first new card has not graduated: its sentence card waits, even asked for first.
    const queue = await getReviewQueue(db(), user, day1);
    expect(queue.card?.kind).toBe('WORD');
    const sentenceCard = (await sentenceCardOf(queue.card!.word.id))!;
    await queueCard(db(), user, sentenceCard.id, day1);
    const after = await getReviewQueue(db(), user, day1);
    expect(shown(after)).not.toContain(sentenceCard.id);
  });

  let wordId: number;
  it('never shows a sentence card the same study day as its word card, and shows it the next day', async () => {
    const queue = await getReviewQueue(db(), user, day1);
    wordId = queue.card!.word.id;
    const sentenceCard = (await sentenceCardOf(wordId))!;
    await queueCard(db(), user, sentenceCard.id, day1);
    const graded = await gradeId(queue.card!.cardId, queue.card!.version, 'easy', day1);
    expect(graded.ok && graded.card.state).toBe('REVIEW');
    // Graduated, and asked for first, but its sibling was answered today.
    const sameDay = await getReviewQueue(db(), user, new Date(day1.getTime() + 60_000));
    expect(shown(sameDay)).not.toContain(sentenceCard.id);
    // Late the same study day (03:00 in Shanghai next morning, before the 04:00 day start).
    const lateSameDay = await getReviewQueue(db(), user, new Date('2026-03-10T19:00:00Z'));
    expect(shown(lateSameDay)).not.toContain(sentenceCard.id);
    const nextDay = await getReviewQueue(db(), user, day2);
    expect(nextDay.card?.cardId).toBe(sentenceCard.id);
    expect(nextDay.card?.kind).toBe('SENTENCE');
    // The dashboard counts it among the new cards left today, as the queue offers it (with a limit that does not bind).
    const dashboard = await getDashboard(db(), { ...user, newCardsPerDay: 100_000 }, day2);
    expect(dashboard.newLeftToday).toBe(dashboard.byState.new + 1);
    const sentence = nextDay.card!.sentence!;
    expect(sentence.text.slice(sentence.start, sentence.start + sentence.length)).toBe(nextDay.card!.word.hanzi);
    expect(sentence.reading).not.toBe('');
  });

  it('schedules a sentence card by FSRS on its own, and buries its word card for the rest of that day', async () => {
    const wordCardBefore = await wordCardOf(wordId);
    const queue = await getReviewQueue(db(), user, day2);
    const sentenceCardId = queue.card!.cardId;
    const graded = await gradeId(sentenceCardId, queue.card!.version, 'good', day2);
    expect(graded.ok && graded.card.state).toBe('LEARNING');
    expect(await wordCardOf(wordId)).toEqual(wordCardBefore);
    // The word card falls due today: it waits for tomorrow, as its sibling was answered today.
    await db().card.update({ where: { id: wordCardBefore.id }, data: { due: day2 } });
    const sameDay = await getReviewQueue(db(), user, new Date(day2.getTime() + 60_000));
    expect(shown(sameDay)).not.toContain(wordCardBefore.id);
    // The sentence card itself goes on through its learning steps today.
    const later = await getReviewQueue(db(), user, new Date(day2.getTime() + 11 * 60_000));
    expect(later.card?.cardId).toBe(sentenceCardId);
    // The next day the word card is due again; the sentence card, still learning, comes first, and answering it
    // would bury its sibling again, so the word card is never the card after it.
    const tomorrow = await getReviewQueue(db(), user, day3);
    expect(tomorrow.card?.cardId).toBe(sentenceCardId);
    expect(tomorrow.upcoming?.cardId).not.toBe(wordCardBefore.id);
    expect(tomorrow.counts.review).toBe(1);
  });

  it('undoes a sentence card’s grade exactly', async () => {
    const queue = await getReviewQueue(db(), user, day3);
    const sentenceCard = (await sentenceCardOf(wordId))!;
    const before = await db().card.findUniqueOrThrow({ where: { id: sentenceCard.id } });
    const graded = await gradeId(before.id, before.version, 'again', day3);
    expect(graded.ok).toBe(true);
    if (!graded.ok) return;
    const undone = await undoReview(db(), user, graded.reviewLogId, day3);
    expect(undone.ok).toBe(true);
    if (undone.ok) expect(undone.queue.card?.cardId).toBe(before.id);
    const { updatedAt: _restoredAt, ...restored } = await db().card.findUniqueOrThrow({ where: { id: before.id } });
    const { updatedAt: _beforeAt, ...fields } = before;
    expect(restored).toEqual(fields);
    expect(await db().reviewLog.findUnique({ where: { id: graded.reviewLogId } })).toBeNull();
    expect(queue.card?.cardId).toBe(before.id);
  });

  it('cycles "Another sentence" through the good ones without touching the schedule', async () => {
    const before = (await sentenceCardOf(wordId))!;
    const seen = new Set([before.sentenceId]);
    for (let turn = 0; turn < 3; turn += 1) {
      const result = await anotherSentence(db(), user, before.id);
      expect(result.ok).toBe(true);
      const after = (await sentenceCardOf(wordId))!;
      if (result.ok && result.changed) seen.add(after.sentenceId);
      expect({ ...after, sentenceId: 0 }).toEqual({ ...before, sentenceId: 0 });
    }
    expect(seen.size).toBeGreaterThan(1);
    const wordCard = await wordCardOf(wordId);
    expect(await anotherSentence(db(), user, wordCard.id)).toMatchObject({ ok: false, error: 'not-found' });
    expect(await anotherSentence(db(), user, 2147483647)).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('switching off suspends sentence cards and keeps their history; on again resumes them as they were', async () => {
    const before = (await sentenceCardOf(wordId))!;
    const reviews = await db().reviewLog.count({ where: { cardId: before.id } });
    expect(reviews).toBeGreaterThan(0);
    await setSentenceCardsForAll(db(), user, false, day3);
    user = await getCurrentUser(db());
    expect(user.sentenceCards).toBe(false);
    expect(await db().card.count({ where: { userId: user.id, kind: 'SENTENCE', status: 'ACTIVE' } })).toBe(0);
    expect(await db().reviewLog.count({ where: { cardId: before.id } })).toBe(reviews);
    const queue = await getReviewQueue(db(), user, day3);
    expect(queue.card?.kind).toBe('WORD');
    await setSentenceCardsForAll(db(), user, true, day3);
    user = await getCurrentUser(db());
    const after = (await sentenceCardOf(wordId))!;
    expect({ state: after.state, due: after.due, stability: after.stability, reps: after.reps, status: after.status }).toEqual({
      state: before.state,
      due: before.due,
      stability: before.stability,
      reps: before.reps,
      status: 'ACTIVE',
    });
  });

  it('switches one word’s sentence card off and on from its word page, and refuses unknown words', async () => {
    expect(await setSentenceCardForWord(db(), user, wordId, false, day3)).toMatchObject({ ok: true, suspended: 1 });
    expect((await sentenceCardOf(wordId))!.status).toBe('SUSPENDED');
    expect(await setSentenceCardForWord(db(), user, wordId, true, day3)).toMatchObject({ ok: true, resumed: 1 });
    expect((await sentenceCardOf(wordId))!.status).toBe('ACTIVE');
    expect(await setSentenceCardForWord(db(), user, 2147483647, true, day3)).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('switching all off and on again leaves the sentence cards the learner suspended by themselves suspended', async () => {
    const [byWordPage, byReviewScreen, whileOff, untouched] = await db().card.findMany({
      where: { userId: user.id, kind: 'SENTENCE', status: 'ACTIVE' },
      orderBy: { id: 'asc' },
      take: 4,
    });
    expect(untouched).toBeDefined();
    await setSentenceCardForWord(db(), user, byWordPage.wordId, false, day3);
    expect(await setCardStatus(db(), user, byReviewScreen.id, 'SUSPENDED')).toEqual({ ok: true });
    expect(await setSentenceCardsForAll(db(), user, false, day3)).toMatchObject({ suspended: expect.any(Number) });
    // Suspended by switching all off, then suspended again by the learner from the review screen's undo list.
    expect(await setCardStatus(db(), user, whileOff.id, 'SUSPENDED')).toEqual({ ok: true });
    const resumed = await setSentenceCardsForAll(db(), user, true, day3);
    const statusOf = async (id: number) => (await db().card.findUniqueOrThrow({ where: { id } })).status;
    expect(await statusOf(byWordPage.id)).toBe('SUSPENDED');
    expect(await statusOf(byReviewScreen.id)).toBe('SUSPENDED');
    expect(await statusOf(whileOff.id)).toBe('SUSPENDED');
    expect(await statusOf(untouched.id)).toBe('ACTIVE');
    expect(await db().card.count({ where: { userId: user.id, kind: 'SENTENCE', status: 'SUSPENDED' } })).toBe(3);
    expect(resumed.resumed).toBeGreaterThan(0);
    // The learner's own switch still brings each back.
    expect(await setSentenceCardForWord(db(), user, byWordPage.wordId, true, day3)).toMatchObject({ ok: true, resumed: 1 });
    expect(await setCardStatus(db(), user, byReviewScreen.id, 'ACTIVE')).toEqual({ ok: true });
    expect(await setCardStatus(db(), user, whileOff.id, 'ACTIVE')).toEqual({ ok: true });
    expect(await db().card.count({ where: { userId: user.id, kind: 'SENTENCE', status: 'SUSPENDED' } })).toBe(0);
  });

  it('gives the new words of a later import a sentence card while the setting is on', async () => {
    await importArticle(db(), { title: 'Pandas', text: '大熊猫是中国特有的珍稀动物，主要生活在四川的竹林里。它们每天要吃很多竹子。' });
    const panda = await db().word.findUniqueOrThrow({ where: { hanzi: '竹子' } });
    const card = await sentenceCardOf(panda.id);
    expect(card?.state).toBe('NEW');
    expect((await db().sentence.findUniqueOrThrow({ where: { id: card!.sentenceId! } })).text).toContain('竹子');
  });
});
