import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard } from '@/lib/data/review';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import { decodeArticleFile } from '@/lib/text/article-file';
import { formatInterval, GRADES, type Grade } from '@/lib/scheduling/fsrs';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(BACKENDS)('the interval on each answer button, on %s', (backend) => {
  let database: TestDatabase;
  let user: User;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    user = await updateSettings(database.db, user.id, { timeZone: 'UTC', dayStartHour: 4, newCardsPerDay: 8, reviewsPerDay: 500 });
    await importArticle(database.db, { title: 'Seed', text: SEED_TEXT });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('is what the grade gives a minute later, and the same after a reload, for new, learning, review and relearning cards', async () => {
    const seenStates = new Set<string>();
    let checked = 0;
    for (let day = 0; day < 24; day++) {
      let now = new Date(Date.UTC(2026, 2, 10 + day, 8, 0, 0));
      for (let step = 0; step < 30; step++) {
        const queue = await getReviewQueue(database.db, user, now);
        const card = queue.card;
        if (!card) break;
        if (step % 4 === 0) {
          const reloaded = await getReviewQueue(database.db, user, new Date(now.getTime() + 3 * MINUTE));
          if (reloaded.card?.cardId === card.cardId) expect(reloaded.card.intervals).toEqual(card.intervals);
        }
        // Mostly Good, with every other answer mixed in, so cards pass through all states.
        const grade: Grade = GRADES[[2, 2, 0, 2, 3, 1, 2, 2, 0, 2][(checked + day) % 10]];
        const answeredAt = new Date(now.getTime() + MINUTE);
        const result = await gradeCard(
          database.db,
          user,
          { cardId: card.cardId, expectedVersion: card.version, grade, requestId: randomUUID() },
          answeredAt,
        );
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const given = result.card.due.getTime() - answeredAt.getTime();
        // A label is short ("1.2y"), or in days when two buttons' short labels would clash.
        expect([formatInterval(given), `${Math.round(given / DAY)}d`], `${card.word.hanzi} (${card.state}) answered ${grade} on day ${day}`).toContain(
          card.intervals[grade],
        );
        seenStates.add(card.state);
        checked += 1;
        now = new Date(answeredAt.getTime() + 2 * MINUTE);
      }
    }
    expect([...seenStates].sort()).toEqual(['LEARNING', 'NEW', 'RELEARNING', 'REVIEW']);
    expect(checked).toBeGreaterThan(200);
  });
});
