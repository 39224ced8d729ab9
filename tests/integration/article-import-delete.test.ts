import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countLearnerWords } from '@/lib/data/article-preview';
import { planBrowserImport, previewForLearner } from '@/lib/data/browser-import';
import { deleteArticle } from '@/lib/data/delete-article';
import { importArticle } from '@/lib/data/import-article';
import { getReviewQueue, gradeCard, setCardStatus } from '@/lib/data/review';
import { getCurrentUser } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { articleContentHash } from '@/lib/vocabulary/preview';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

// The delete action as the app runs it, on the test database, outside a Next request.
const current = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/data/learner', async (original) => ({
  ...(await original<typeof import('@/lib/data/learner')>()),
  openLearner: async () => ({ db: current.db!, user: await getCurrentUser(current.db!) }),
}));
const { deleteArticleAction } = await import('@/app/articles/[id]/delete-action');

// Unsegmented, as pasted in the browser: 熊猫 and 竹子 occur only in the first text, 我们 and 喜欢 in both.
const PANDAS = '熊猫的故事\n我们喜欢熊猫。熊猫喜欢吃竹子。竹子长得很快。\n';
const TIGERS = '老虎的故事\n我们喜欢老虎。老虎住在森林里。\n';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe.each(BACKENDS)('previewing and deleting articles on %s', (backend) => {
  let database: TestDatabase;
  let db: Db;

  const rowCounts = () => Promise.all([db.article.count(), db.sentence.count(), db.occurrence.count(), db.word.count(), db.card.count(), db.reviewLog.count()]);
  const cardOf = (hanzi: string) => db.card.findFirstOrThrow({ where: { word: { hanzi }, kind: 'WORD' }, include: { word: true, reviewLogs: true } });

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    db = database.db;
    current.db = db;
    await getCurrentUser(db);
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('previews the words a text would add for this learner, and writes nothing', async () => {
    const user = await getCurrentUser(db);
    const before = await rowCounts();
    const answer = await previewForLearner(db, user.id, { text: PANDAS, title: '熊猫', source: null });
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.preview.sentenceCount).toBe(3);
    expect(answer.preview.sentences[0]).toBe('我们喜欢熊猫。');
    expect(answer.preview.segmentedByJieba).toBe(true);
    expect(answer.preview.words.new).toBe(answer.preview.distinctWords - answer.preview.words.names);
    expect(answer.preview.words.known + answer.preview.words.queued).toBe(0);
    expect(answer.preview.clashes).toEqual({ sameText: null, titleTaken: null, freeTitle: '熊猫' });
    expect(await rowCounts()).toEqual(before);
  });

  it('counts words the learner knows, has in the queue or suspended, and names apart', async () => {
    const user = await getCurrentUser(db);
    await importArticle(db, { text: TIGERS, title: '老虎' });
    const counts = await countLearnerWords(db, user.id, [
      { hanzi: '我们', isName: false },
      { hanzi: '老虎', isName: false },
      { hanzi: '森林', isName: false },
      { hanzi: '从来没有的词', isName: false },
      { hanzi: '王毅', isName: true },
    ]);
    expect(counts).toMatchObject({ new: 1, queued: 3, known: 0, names: 1 });
    await setCardStatus(db, user, (await cardOf('老虎')).id, 'KNOWN');
    await setCardStatus(db, user, (await cardOf('森林')).id, 'SUSPENDED');
    expect(await countLearnerWords(db, user.id, [{ hanzi: '老虎', isName: false }, { hanzi: '森林', isName: false }])).toMatchObject({ known: 1, suspended: 1 });
    await setCardStatus(db, user, (await cardOf('老虎')).id, 'ACTIVE');
    await setCardStatus(db, user, (await cardOf('森林')).id, 'ACTIVE');
  });

  it('recognises the same text by the fingerprint the import stores, and a title another article has', async () => {
    const user = await getCurrentUser(db);
    const tigers = await db.article.findFirstOrThrow({ where: { title: '老虎' } });
    expect(tigers.contentHash).toBe(articleContentHash(TIGERS));
    const again = await previewForLearner(db, user.id, { text: TIGERS, title: 'anything', source: null });
    expect(again.ok && again.preview.clashes.sameText).toEqual({ id: tigers.id, title: '老虎' });
    const other = await previewForLearner(db, user.id, { text: PANDAS, title: '老虎', source: null });
    expect(other.ok && other.preview.clashes).toMatchObject({ sameText: null, titleTaken: { id: tigers.id, title: '老虎' }, freeTitle: '老虎 (2)' });
  });

  it('asks before a text goes into an article that has its title: update it, or a new article with a numbered title', async () => {
    const article = { text: PANDAS, title: '老虎', source: null };
    expect(await planBrowserImport(db, article)).toMatchObject({ ok: false, error: 'title-taken', freeTitle: '老虎 (2)' });
    expect(await planBrowserImport(db, { ...article, onTitleTaken: 'new' })).toMatchObject({ ok: true, input: { title: '老虎 (2)' } });
    expect(await planBrowserImport(db, { ...article, onTitleTaken: 'update' })).toMatchObject({ ok: true, input: { title: '老虎' } });
    // The very same text is that article, whatever title it is given: the import changes nothing.
    const same = await planBrowserImport(db, { text: TIGERS, title: '别的标题', source: null });
    if (!same.ok) throw new Error(same.message);
    const before = await rowCounts();
    expect((await importArticle(db, same.input)).outcome).toBe('unchanged');
    expect(await rowCounts()).toEqual(before);
  });

  it('deletes an article: its words in no other article leave the queue with their history, and come back when the text does', async () => {
    const user = await getCurrentUser(db);
    const pandas = await importArticle(db, { text: PANDAS, title: '熊猫' });
    const now = new Date();
    // The learner studied 熊猫 (only in this article) and 我们 (in both).
    for (const hanzi of ['熊猫', '我们']) {
      const card = await cardOf(hanzi);
      expect((await gradeCard(db, user, { cardId: card.id, expectedVersion: card.version, grade: 'easy', requestId: randomUUID() }, now)).ok).toBe(true);
    }
    const studied = await cardOf('熊猫');
    const bamboo = await cardOf('竹子');
    await setCardStatus(db, user, bamboo.id, 'KNOWN');

    const result = await deleteArticle(db, user.id, pandas.articleId, now);
    expect(result).toMatchObject({ ok: true, title: '熊猫', sentences: 3 });
    if (!result.ok) return;
    expect(result.wordsInNoArticle).toBeGreaterThanOrEqual(2);
    expect(await db.article.count({ where: { id: pandas.articleId } })).toBe(0);
    expect(await db.sentence.count({ where: { articleId: pandas.articleId } })).toBe(0);

    const retired = await cardOf('熊猫');
    expect(retired).toMatchObject({ status: 'RETIRED', state: studied.state, due: studied.due, stability: studied.stability, reps: studied.reps });
    expect(retired.reviewLogs).toHaveLength(1);
    expect(retired.word.frequency).toBe(0);
    // Known stays known; a word of both articles stays in study.
    expect((await cardOf('竹子')).status).toBe('KNOWN');
    expect((await cardOf('我们')).status).toBe('ACTIVE');
    expect((await cardOf('我们')).word.frequency).toBe(1);
    // Nothing of the deleted article is offered or due: a queue far in the future holds none of its words.
    const later = await getReviewQueue(db, { ...user, newCardsPerDay: 9999, reviewsPerDay: 9999 }, new Date(now.getTime() + 400 * 86_400_000));
    const offered = [later.card, later.upcoming].map((card) => card?.word.hanzi);
    expect(offered).not.toContain('熊猫');
    expect(result.leftQueue).toBe(result.wordsInNoArticle - 1);

    const back = await importArticle(db, { text: PANDAS, title: '熊猫' });
    expect(back.outcome).toBe('created');
    const restored = await cardOf('熊猫');
    expect(restored).toMatchObject({ status: 'ACTIVE', state: studied.state, due: studied.due, stability: studied.stability, reps: studied.reps });
    expect(restored.reviewLogs).toHaveLength(1);
    expect(restored.word.frequency).toBe(2);
    expect((await cardOf('竹子')).status).toBe('KNOWN');
  });

  it('deletes through the action with a summary, and refuses hostile ids changing nothing', async () => {
    const article = await db.article.findFirstOrThrow({ where: { title: '熊猫' } });
    const before = await rowCounts();
    for (const articleId of ['2147483648', '1e3', '0x10', '-1', '0', '', 'abc']) {
      expect(await deleteArticleAction({ ok: null, message: '' }, form({ articleId }))).toMatchObject({ ok: false, message: expect.stringMatching(/not an article/) });
    }
    expect(await deleteArticleAction({ ok: null, message: '' }, form({ articleId: '2147483647' }))).toMatchObject({ ok: false, message: expect.stringMatching(/does not exist/) });
    expect(await deleteArticleAction({ ok: null, message: '' }, 'articleId=1' as unknown as FormData)).toMatchObject({ ok: false });
    expect(await rowCounts()).toEqual(before);

    const done = await deleteArticleAction({ ok: null, message: '' }, form({ articleId: String(article.id) }));
    expect(done.ok).toBe(true);
    expect(done.message).toMatch(/^Deleted “熊猫” and its 3 sentences; \d+ words are now in no article; \d+ of them leave your queue, their history is kept/);
  });
});
