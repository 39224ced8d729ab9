import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importArticle } from '@/lib/data/import-article';
import { getCurrentUser } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

// The word page's action as the app runs it, on the test database, outside a Next request.
const current = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/data/learner', () => ({
  openLearner: async () => ({ db: current.db!, user: await getCurrentUser(current.db!) }),
}));

const { changeCard } = await import('@/app/words/[id]/actions');
const NOT_SUBMITTED = { ok: null, message: '' };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe.each(BACKENDS)('the word page’s card action on %s', (backend) => {
  let database: TestDatabase;
  let cardId: number;
  let wordId: number;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    current.db = database.db;
    await getCurrentUser(database.db);
    await importArticle(database.db, { title: 'Short', text: '我们 学习 中文 。 中文 很 有意思 。' });
    const card = await database.db.card.findFirstOrThrow({ include: { word: true }, where: { word: { hanzi: '中文' } } });
    cardId = card.id;
    wordId = card.wordId;
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('marks a card known and brings it back', async () => {
    expect(await changeCard(NOT_SUBMITTED, form({ cardId: String(cardId), wordId: String(wordId), change: 'known' }))).toEqual({ ok: true, message: 'Marked as known.' });
    expect((await database.db.card.findUniqueOrThrow({ where: { id: cardId } })).status).toBe('KNOWN');
    expect((await changeCard(NOT_SUBMITTED, form({ cardId: String(cardId), wordId: String(wordId), change: 'resume' }))).ok).toBe(true);
    expect((await database.db.card.findUniqueOrThrow({ where: { id: cardId } })).status).toBe('ACTIVE');
  });

  it('refuses hostile ids, changes and arguments with a message, changing nothing', async () => {
    const before = await database.db.card.findMany({ orderBy: { id: 'asc' } });
    const attempts: unknown[] = [
      form({ cardId: '2147483648', wordId: String(wordId), change: 'known' }),
      form({ cardId: '1e3', wordId: String(wordId), change: 'known' }),
      form({ cardId: '0x10', wordId: String(wordId), change: 'known' }),
      form({ cardId: '-1', wordId: String(wordId), change: 'known' }),
      form({ cardId: String(cardId), wordId: '99999999999999999999', change: 'known' }),
      form({ cardId: String(cardId), wordId: String(wordId), change: 'delete' }),
      form({ cardId: String(cardId), wordId: String(wordId) }),
      undefined,
      'cardId=1',
      { cardId: cardId, change: 'known' },
    ];
    for (const attempt of attempts) {
      const result = await changeCard(NOT_SUBMITTED, attempt as FormData);
      expect(result.ok).toBe(false);
      expect(result.message).toBeTruthy();
    }
    expect(await changeCard(NOT_SUBMITTED, form({ cardId: '2147483647', wordId: String(wordId), change: 'known' }))).toMatchObject({ ok: false });
    expect(await database.db.card.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});
