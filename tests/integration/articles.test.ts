import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverage, listArticles } from '@/lib/data/article-list';
import { loadReadingArticle } from '@/lib/data/articles';
import { fixBoundary } from '@/lib/data/boundaries';
import { deleteArticle } from '@/lib/data/delete-article';
import { importArticle } from '@/lib/data/import-article';
import { setReadingOptions } from '@/lib/data/reading-options';
import { changeWordFromReading, loadReadingWord } from '@/lib/data/reading-word';
import { getReviewQueue } from '@/lib/data/review';
import { searchWords } from '@/lib/data/words';
import { getCurrentUser, updateSettings, type User } from '@/lib/data/users';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

// Two small articles, counted by hand:
//   学中文: 我们 学习 中文 。 中文 很 有意思 。  → 6 word tokens, 5 distinct words
//   喜欢:   我们 喜欢 中文 。                     → 3 word tokens, 3 distinct words
describe.each(BACKENDS)('articles and the reading view on %s', (backend) => {
  let database: TestDatabase;
  let user: User;
  let study: number;
  let like: number;
  const ids: Record<string, number> = {};
  const now = new Date('2026-03-10T08:00:00Z');

  async function setCard(hanzi: string, data: { status?: 'KNOWN' | 'IGNORED' | 'ACTIVE'; state?: 'NEW' | 'LEARNING' | 'REVIEW' }) {
    await database.db.card.updateMany({ where: { userId: user.id, word: { hanzi } }, data: { ...data, due: now } });
  }

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    user = await getCurrentUser(database.db);
    user = await updateSettings(database.db, user.id, { newCardsPerDay: 50, reviewsPerDay: 200 });
    study = (await importArticle(database.db, { title: '学中文', text: '我们 学习 中文 。 中文 很 有意思 。' })).articleId;
    like = (await importArticle(database.db, { title: '喜欢', text: '我们 喜欢 中文 。' })).articleId;
    for (const word of await database.db.word.findMany()) ids[word.hanzi] = word.id;
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it('counts every article’s words as new before anything is studied', async () => {
    const articles = await listArticles(database.db, user);
    expect(articles.map((article) => article.title)).toEqual(['喜欢', '学中文']);
    const studyRow = articles.find((article) => article.id === study)!;
    // The import gives words their HSK level: 我们, 学习, 很 are HSK 1.
    expect(studyRow).toMatchObject({ tokens: 6, distinctWords: 5, newWords: 5, learningWords: 0, knownWords: 0, knownTokens: 0, mostlyHsk: 1 });
    expect(coverage(studyRow)).toEqual({ tokens: 0, words: 0 });
  });

  it('counts known (in review or marked known), learning and ignored words, and coverage without the ignored ones', async () => {
    await setCard('中文', { status: 'KNOWN' });
    await setCard('学习', { state: 'REVIEW' });
    await setCard('我们', { state: 'LEARNING' });
    await setCard('很', { status: 'IGNORED' });
    const articles = await listArticles(database.db, user);
    const studyRow = articles.find((article) => article.id === study)!;
    expect(studyRow).toMatchObject({ tokens: 6, distinctWords: 5, newWords: 1, learningWords: 1, knownWords: 2, ignoredWords: 1, knownTokens: 3, ignoredTokens: 1 });
    // 3 known tokens of the 5 not ignored; 2 known words of the 4 not ignored.
    expect(coverage(studyRow)).toEqual({ tokens: 0.6, words: 0.5 });
    const likeRow = articles.find((article) => article.id === like)!;
    expect(likeRow).toMatchObject({ tokens: 3, newWords: 1, learningWords: 1, knownWords: 1, knownTokens: 1 });
    expect(coverage(likeRow).tokens).toBeCloseTo(1 / 3);
  });

  it('names the HSK level most of an article’s leveled words have, the lower one on a tie', async () => {
    const level = (hanzi: string, hskLevel: number | null) => database.db.word.update({ where: { id: ids[hanzi] }, data: { hskLevel } });
    await Promise.all([level('我们', 1), level('学习', 1), level('中文', 2), level('很', 1), level('喜欢', null)]);
    const articles = await listArticles(database.db, user);
    expect(articles.find((article) => article.id === study)!.mostlyHsk).toBe(1);
    expect(articles.find((article) => article.id === like)!.mostlyHsk).toBe(1);
    await level('我们', 2);
    expect((await listArticles(database.db, user)).find((article) => article.id === like)!.mostlyHsk).toBe(2);
  });

  it('gives the text sentence by sentence with each word’s place, reading and mark', async () => {
    const article = (await loadReadingArticle(database.db, user, study))!;
    const sentences = article.paragraphs.flat();
    expect(sentences.map((sentence) => sentence.text)).toEqual(['我们学习中文。', '中文很有意思。']);
    const words = sentences.flatMap((sentence) => sentence.tokens.map((token) => sentence.text.slice(token.start, token.start + token.length)));
    expect(words).toEqual(['我们', '学习', '中文', '中文', '很', '有意思']);
    expect(sentences[0].tokens[0].reading).toBe('wǒmen');
    expect(article.marks).toMatchObject({ [ids['中文']]: 'known', [ids['学习']]: 'known', [ids['我们']]: 'learning', [ids['很']]: 'ignored', [ids['有意思']]: 'new' });
    expect(await loadReadingArticle(database.db, user, 2_147_483_647)).toBeNull();
  });

  it('reads a long article a part at a time, whole paragraphs each, and finds the part a sentence link points to', async () => {
    // 40 paragraphs of 10 sentences: parts of 150 sentences or more, cut between paragraphs; 熊猫 only in the last.
    const paragraphs = Array.from({ length: 40 }, (_, paragraph) =>
      Array.from({ length: 10 }, (_, sentence) => `我们 学习 中文 ${paragraph * 10 + sentence} 次 ${paragraph === 39 ? '熊猫 ' : ''}。`).join(' '),
    );
    const long = (await importArticle(database.db, { title: '长文章', text: paragraphs.join('\n') })).articleId;
    const panda = (await database.db.word.findUniqueOrThrow({ where: { hanzi: '熊猫' } })).id;
    const firstText = (article: Awaited<ReturnType<typeof loadReadingArticle>>) => article!.paragraphs[0][0].text;

    const first = (await loadReadingArticle(database.db, user, long))!;
    expect(first).toMatchObject({ part: 1, parts: 3 });
    expect(first.paragraphs).toHaveLength(15);
    expect(first.paragraphs.flat()).toHaveLength(150);
    expect(firstText(first)).toBe('我们学习中文0次。');
    expect(first.marks[panda]).toBeUndefined();

    const second = await loadReadingArticle(database.db, user, long, { part: 2 });
    expect(second).toMatchObject({ part: 2, parts: 3 });
    expect(firstText(second)).toBe('我们学习中文150次。');
    const last = (await loadReadingArticle(database.db, user, long, { part: 99 }))!;
    expect(last).toMatchObject({ part: 3 });
    expect(last.paragraphs.flat()).toHaveLength(100);
    expect(last.marks[panda]).toBe('new');

    // A sentence's link opens its part, whatever part the address names; a sentence of another article does not.
    const target = last.paragraphs[9][4];
    expect(await loadReadingArticle(database.db, user, long, { part: 1, sentenceId: target.id })).toMatchObject({ part: 3 });
    const elsewhere = (await loadReadingArticle(database.db, user, study))!.paragraphs[0][0].id;
    expect(await loadReadingArticle(database.db, user, long, { part: 2, sentenceId: elsewhere })).toMatchObject({ part: 2 });
    expect(await loadReadingArticle(database.db, user, study, { part: 5 })).toMatchObject({ part: 1, parts: 1 });

    // An edit changes the parts at once.
    await importArticle(database.db, { title: '长文章', text: paragraphs.slice(0, 20).join('\n') });
    expect(await loadReadingArticle(database.db, user, long, { part: 3 })).toMatchObject({ part: 2, parts: 2 });
    expect((await deleteArticle(database.db, user.id, long, now)).ok).toBe(true);
  });

  it('gives the panel a word with its card and its other sentences', async () => {
    const [first] = (await loadReadingArticle(database.db, user, study))!.paragraphs.flat();
    const word = (await loadReadingWord(database.db, user, ids['中文'], first.id))!;
    expect(word).toMatchObject({ hanzi: '中文', sentenceCount: 3, card: { status: 'KNOWN', mark: 'known' } });
    expect(word.sentences.map((sentence) => sentence.id)).not.toContain(first.id);
    expect(word.sentences).toHaveLength(2);
    expect(await loadReadingWord(database.db, user, 2_147_483_647)).toBeNull();
  });

  it('learns a word now: first among the new cards', async () => {
    const result = await changeWordFromReading(database.db, user, ids['有意思'], 'learn', now);
    expect(result).toMatchObject({ ok: true, card: { status: 'ACTIVE', state: 'NEW', mark: 'new' } });
    // An hour earlier, with no reviews left for the day, no learning card or review comes before the new cards.
    const queue = await getReviewQueue(database.db, { ...user, reviewsPerDay: 0 }, new Date(now.getTime() - 3_600_000));
    expect(queue.card?.word.hanzi).toBe('有意思');
  });

  it('never shows an ignored word in the review queue, and brings it back when resumed', async () => {
    expect((await changeWordFromReading(database.db, user, ids['有意思'], 'ignore', now)).ok).toBe(true);
    expect((await changeWordFromReading(database.db, user, ids['喜欢'], 'ignore', now)).ok).toBe(true);
    const shown: string[] = [];
    const queue = await getReviewQueue(database.db, user, now);
    for (const card of [queue.card, queue.upcoming]) if (card) shown.push(card.word.hanzi);
    expect(shown).not.toContain('有意思');
    expect(shown).not.toContain('喜欢');
    const ignored = await searchWords(database.db, user, { filter: 'ignored' }, now);
    expect(ignored.words.map((word) => word.hanzi).sort()).toEqual(['喜欢', '很', '有意思'].sort());
    expect(await changeWordFromReading(database.db, user, ids['喜欢'], 'resume', now)).toMatchObject({ ok: true, card: { status: 'ACTIVE', mark: 'new' } });
    expect(await changeWordFromReading(database.db, user, 2_147_483_647, 'known', now)).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('limits a review session to one article’s words', async () => {
    // 喜欢 is new and only in 喜欢; 我们 is learning and due, in both.
    const scoped = await getReviewQueue(database.db, user, now, { articleId: like });
    const shown = [scoped.card, scoped.upcoming].filter(Boolean).map((card) => card!.word.hanzi);
    expect(shown.sort()).toEqual(['喜欢', '我们'].sort());
    expect(scoped.counts).toEqual({ learning: 1, review: 0, new: 1 });
    const none = await getReviewQueue(database.db, user, now, { articleId: 2_147_483_647 });
    expect(none.card).toBeNull();
    expect(none.end?.reason).toBe('empty');
  });

  it('keeps the reading options', async () => {
    expect(await setReadingOptions(database.db, user, { rubyPinyin: true })).toEqual({ rubyPinyin: true, toneColours: false });
    expect(await setReadingOptions(database.db, user, { toneColours: true })).toEqual({ rubyPinyin: true, toneColours: true });
    expect((await getCurrentUser(database.db)).rubyPinyin).toBe(true);
  });

  it('counts an article again after every change to its words: an edit, a boundary fix, a new article, a deletion', async () => {
    const recount = () =>
      database.db.$queryRaw<{ articleId: number; wordId: number; tokens: number }[]>`
        SELECT s."articleId", o."wordId", count(*)::int AS tokens FROM "Occurrence" o JOIN "Sentence" s ON s.id = o."sentenceId"
        GROUP BY 1, 2 ORDER BY 1, 2`;
    const kept = () => database.db.$queryRaw<{ articleId: number; wordId: number; tokens: number }[]>`
      SELECT "articleId", "wordId", tokens FROM "ArticleWord" ORDER BY 1, 2`;
    const row = async (id: number) => (await listArticles(database.db, user)).find((article) => article.id === id);

    expect((await row(like))!.tokens).toBe(3);
    await importArticle(database.db, { title: '喜欢', text: '我们 喜欢 中文 。 他们 也 喜欢 学习 。' });
    expect((await row(like))!).toMatchObject({ tokens: 7, distinctWords: 6 });
    expect(await kept()).toEqual(await recount());

    const sentence = await database.db.sentence.findFirstOrThrow({ where: { articleId: like, text: '他们也喜欢学习。' } });
    const joined = await fixBoundary(database.db, user, { articleId: like, sentenceId: sentence.id, tokenIndex: 2, hanzi: '喜欢' }, new Date());
    expect(joined.ok).toBe(true);
    expect((await row(like))!).toMatchObject({ tokens: 6 });
    expect(await kept()).toEqual(await recount());

    // A new article is counted by its import's scan, not from its occurrences: both must agree.
    const third = (await importArticle(database.db, { title: '第三', text: '中文 很 有意思 。 中文 很 难 ， 也 很 有意思 。' })).articleId;
    expect((await row(third))!).toMatchObject({ tokens: 9, distinctWords: 5 });
    expect(await kept()).toEqual(await recount());
    expect((await deleteArticle(database.db, user.id, third, new Date())).ok).toBe(true);
    expect(await row(third)).toBeUndefined();
    expect(await kept()).toEqual(await recount());
  });
});
