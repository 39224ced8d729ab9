import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, loadReviewCard } from '@/lib/data/review';
import { getCurrentUser, updateSettings } from '@/lib/data/users';
import { decodeArticleFile } from '@/lib/text/article-file';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

const SEED_TEXT = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
const NOW = new Date('2026-03-10T01:00:00Z');

describe.each(BACKENDS)('the review card’s sentences for pinyin above the characters, on %s', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    await getCurrentUser(database.db);
    await importArticle(database.db, { title: 'Seed', text: SEED_TEXT });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('carry no per-word readings while ruby is off', async () => {
    const user = await updateSettings(database.db, (await getCurrentUser(database.db)).id, { rubyPinyin: false });
    const queue = await getReviewQueue(database.db, user, NOW);
    expect(queue.card!.sentences.length).toBeGreaterThan(0);
    for (const sentence of [...queue.card!.sentences, ...queue.upcoming!.sentences]) expect(sentence).not.toHaveProperty('tokens');
  });

  it('carry every word’s place and reading in order when ruby is on, the studied word’s among them, in the queue and a single card', async () => {
    const user = await updateSettings(database.db, (await getCurrentUser(database.db)).id, { rubyPinyin: true });
    const queue = await getReviewQueue(database.db, user, NOW);
    const single = await loadReviewCard(database.db, user, queue.card!.cardId, NOW);
    for (const card of [queue.card!, queue.upcoming!, single!]) {
      for (const sentence of card.sentences) {
        const tokens = sentence.tokens!;
        expect(tokens.length).toBeGreaterThan(0);
        let end = 0;
        for (const [start, length, reading] of tokens) {
          expect(start).toBeGreaterThanOrEqual(end);
          expect(start + length).toBeLessThanOrEqual(sentence.text.length);
          expect(typeof reading).toBe('string');
          end = start + length;
        }
        sentence.highlights.forEach(([start, length], index) => {
          expect(tokens).toContainEqual([start, length, sentence.readings[index]]);
        });
      }
    }
    expect(queue.card!.sentences.flatMap((sentence) => sentence.tokens!).some(([, , reading]) => /[āáǎàēéěèīíǐìōóǒòūúǔù]/.test(reading))).toBe(true);
  });
});
