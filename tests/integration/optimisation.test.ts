import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learnerOptimisationStatus, optimiseLearner, startLearnerOptimisation } from '@/lib/data/optimisation';
import { gradeCard } from '@/lib/data/review';
import { storeSimulatedHistory } from '@/lib/data/simulated-history';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import { MINIMUM_REVIEWS } from '@/lib/optimisation/history';
import type { OptimisationProgress } from '@/lib/optimisation/optimise';
import { simulateHistory } from '@/lib/optimisation/simulate';
import { default_w } from 'ts-fsrs';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

// 4 am in Shanghai, the start of the simulated learner's first study day.
const FIRST_DAY = new Date('2025-01-01T20:00:00Z');

describe.each(BACKENDS)('FSRS optimisation on %s', (backend) => {
  let database: TestDatabase;
  let user: User;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    user = await updateSettings(database.db, user.id, { timeZone: 'Asia/Shanghai', dayStartHour: 4 });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('says when the history is too little and changes nothing', async () => {
    const small = simulateHistory({ seed: 11, cards: 30, reviews: 300, firstDayStart: FIRST_DAY });
    await storeSimulatedHistory(database.db, user.id, small.reviews);
    const outcome = await optimiseLearner(database.db, user);
    expect(outcome.kind).toBe('too-little');
    if (outcome.kind !== 'too-little') return;
    expect(outcome.size.reviews).toBeLessThan(MINIMUM_REVIEWS);
    expect(outcome.message).toMatch(/at least 400 reviews/);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).fsrsParameters).toEqual([]);
    await database.db.reviewLog.deleteMany({});
  });

  it('adopts parameters that predict the learner’s history better, and the next grade uses them', async () => {
    const simulated = simulateHistory({ seed: 12, cards: 150, reviews: 4000, firstDayStart: FIRST_DAY });
    const [firstCardId] = await storeSimulatedHistory(database.db, user.id, simulated.reviews);
    const logsBefore = await database.db.reviewLog.findMany({ orderBy: { id: 'asc' } });

    const progress: OptimisationProgress[] = [];
    const outcome = await optimiseLearner(database.db, user, (step) => progress.push(step));
    expect(progress.map((step) => step.phase)).toEqual(expect.arrayContaining(['reading', 'fitting', 'comparing']));
    expect(outcome.kind).toBe('compared');
    if (outcome.kind !== 'compared') return;
    expect(outcome.size.cards).toBe(150);
    expect(outcome.current.parameters).toEqual([]);
    expect(outcome.optimised.parameters).toHaveLength(21);
    expect(outcome.optimised.evaluation.logLoss).toBeLessThan(outcome.current.evaluation.logLoss);
    expect(outcome.optimised.evaluation.rmseBins).toBeLessThanOrEqual(outcome.current.evaluation.rmseBins);
    expect(outcome.adopt).toBe(true);

    const stored = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.fsrsParameters).toEqual(outcome.optimised.parameters);
    // Past reviews are never rewritten.
    expect(await database.db.reviewLog.findMany({ orderBy: { id: 'asc' } })).toEqual(logsBefore);
    expect(firstCardId).toBe(logsBefore[0].cardId);

    // A new card answered Good starts with the stability the learner's own w[2] gives, not the default's.
    const word = await database.db.word.create({
      data: { hanzi: '新词', pinyin: 'xīncí', pinyinPlain: 'xinci', pinyinMarkedKey: 'xin1ci2', meanings: [], glossary: '', inDictionary: false },
    });
    const card = await database.db.card.create({ data: { userId: user.id, wordId: word.id, due: new Date() } });
    const learner = await getCurrentUser(database.db);
    const graded = await gradeCard(database.db, learner, { cardId: card.id, expectedVersion: 0, grade: 'good', requestId: randomUUID() }, new Date());
    expect(graded.ok).toBe(true);
    const after = await database.db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(after.stability).toBeCloseTo(outcome.optimised.parameters[2], 6);
    expect(Math.abs(after.stability - default_w[2])).toBeGreaterThan(0.01);
  });

  it('keeps the current parameters when the new ones are no better', async () => {
    const learner = await getCurrentUser(database.db);
    const adopted = learner.fsrsParameters;
    const outcome = await optimiseLearner(database.db, learner);
    expect(outcome.kind).toBe('compared');
    if (outcome.kind !== 'compared') return;
    // The same history gives the same fit, which is not better than itself.
    expect(outcome.current.parameters).toEqual(adopted);
    expect(outcome.adopt).toBe(false);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).fsrsParameters).toEqual(adopted);
  });

  it('runs one optimisation at a time per learner, in the background, and keeps how it ended', async () => {
    const learner = await getCurrentUser(database.db);
    const first = startLearnerOptimisation(database.db, learner);
    expect(first.started).toBe(true);
    expect(first.status.state).toBe('running');
    const second = startLearnerOptimisation(database.db, learner);
    expect(second.started).toBe(false);
    expect(second.status.state).toBe('running');
    await expect.poll(() => learnerOptimisationStatus(learner.id).state, { timeout: 60_000, interval: 200 }).not.toBe('running');
    const status = learnerOptimisationStatus(learner.id);
    expect(status.state).toBe('compared');
    if (status.state === 'compared') expect(status.adopted).toBe(false);
  });
});
