import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/data/dashboard';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard } from '@/lib/data/review';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import { decodeArticleFile } from '@/lib/text/article-file';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const MINUTE = 60_000;

describe.each(BACKENDS)('the dashboard on %s', (backend) => {
  let database: TestDatabase;
  let user: User;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const created = await getCurrentUser(database.db);
    user = await updateSettings(database.db, created.id, {
      timeZone: 'Asia/Shanghai',
      dayStartHour: 4,
      newCardsPerDay: 20,
      reviewsPerDay: 200,
      desiredRetention: 0.9,
    });
    await importArticle(database.db, { title: 'Seed', text: SEED_TEXT });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  async function gradeNextGood(now: Date) {
    const card = (await getReviewQueue(database.db, user, now)).card!;
    const result = await gradeCard(database.db, user, { cardId: card.cardId, expectedVersion: card.version, grade: 'good', requestId: randomUUID() }, now);
    if (!result.ok) throw new Error(result.message);
    return result.card.due;
  }

  it('counts the cards due later in the study day apart from those due now, and when the next one is', async () => {
    // 09:00 in Shanghai.
    const morning = new Date('2026-03-10T01:00:00Z');
    const firstDue = await gradeNextGood(morning);
    await gradeNextGood(new Date(morning.getTime() + MINUTE));
    expect(firstDue.getTime()).toBe(morning.getTime() + 10 * MINUTE);

    const soon = await getDashboard(database.db, user, new Date(morning.getTime() + 2 * MINUTE));
    expect(soon).toMatchObject({ dueNow: 0, dueLaterToday: 2, nextDueAt: firstDue });

    const later = await getDashboard(database.db, user, new Date(morning.getTime() + 10 * MINUTE));
    expect(later).toMatchObject({ dueNow: 1, dueLaterToday: 1 });
  });

  it('leaves a card due after the day starts again out of today', async () => {
    // 03:55 in Shanghai: the study day that began yesterday at 04:00 ends in five minutes.
    const night = new Date('2026-03-11T19:55:00Z');
    // This morning's two learning cards come first: Good graduates them to reviews days away.
    await gradeNextGood(night);
    await gradeNextGood(night);
    const due = await gradeNextGood(night);
    const dashboard = await getDashboard(database.db, user, new Date(night.getTime() + MINUTE));
    expect(due.getTime()).toBe(night.getTime() + 10 * MINUTE);
    expect(dashboard.dueLaterToday).toBe(0);
    expect(dashboard.nextDueAt).toEqual(due);
  });
});
