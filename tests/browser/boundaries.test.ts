import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gradeCard } from '@/lib/data/review';
import { getCurrentUser } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { useSeededApp } from './harness';

let articleId = 0;

/** Two good answers, so the word's card has a history to keep. */
async function study(db: Db, hanzi: string) {
  const user = await getCurrentUser(db);
  const card = await db.card.findFirstOrThrow({ where: { word: { hanzi }, userId: user.id } });
  for (const [index, grade] of (['good', 'good'] as const).entries()) {
    const current = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    const result = await gradeCard(db, user, { cardId: card.id, expectedVersion: current.version, grade, requestId: randomUUID() }, new Date(Date.now() - 3_600_000 + index * 600_000));
    if (!result.ok) throw new Error(result.message);
  }
}

const { app, newPage } = useSeededApp({}, async (db) => {
  articleId = (await db.article.findFirstOrThrow()).id;
  await study(db, '环境');
  await study(db, '负责任');
});

/** The reading view, ready for clicks. */
async function openArticle(page: Page) {
  // The first page of a freshly started app can take a while on a loaded machine.
  await page.goto(`${app().url}/articles/${articleId}`, { timeout: 120_000 });
  await page.locator('[data-testid="reader"][data-ready]').waitFor();
}

/** A word of the sentence that contains `sentenceText`. */
const wordIn = (page: Page, sentenceText: string, hanzi: string) =>
  page.locator('[data-s]', { hasText: sentenceText }).first().locator('[data-w]', { hasText: new RegExp(`^${hanzi}$`) }).first();

/** The review-history rows of a word's page (the table of a wide screen). */
async function reviewsOnWordPage(page: Page, hanzi: string, filter = 'all'): Promise<number> {
  await page.goto(`${app().url}/words?filter=${filter}&q=${encodeURIComponent(hanzi)}`);
  await page.locator('main li a').filter({ has: page.locator('[lang="zh-CN"]', { hasText: new RegExp(`^${hanzi}$`) }) }).first().click();
  await page.getByRole('heading', { name: 'Review history' }).waitFor();
  return page.locator('section[aria-labelledby="history"] tbody tr').count();
}

describe('fixing a word boundary in the reading view', () => {
  it('joins two words after saying what changes; the text and the word list follow, and the card’s history goes with it', async () => {
    const page = await newPage();
    await openArticle(page);
    await wordIn(page, '复杂外部环境', '外部').click();
    const panel = page.getByTestId('word-panel');
    await expect.poll(() => panel.getByTestId('boundary-join').textContent()).toContain('外部 + 环境 → 外部环境');
    await panel.getByTestId('boundary-join').click();
    const preview = panel.getByTestId('boundary-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Your card of 环境 will go on as 外部环境, its 2 reviews and all.');
    await panel.getByTestId('boundary-confirm').click();
    await expect.poll(() => panel.getByTestId('boundary-result').textContent()).toContain('Joined: 外部环境.');
    await expect.poll(() => wordIn(page, '复杂外部环境', '外部环境').count()).toBe(1);

    expect(await reviewsOnWordPage(page, '外部环境')).toBe(2);
    await page.close();
  });

  it('splits a word at the chosen place; its card is retired with its reviews, listed among the retired words', async () => {
    const page = await newPage();
    await openArticle(page);
    await wordIn(page, '以负责任态度', '负责任').click();
    const panel = page.getByTestId('word-panel');
    await panel.getByTestId('boundary-split').click();
    await panel.getByTestId('boundary-split-at-2').click();
    const preview = panel.getByTestId('boundary-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('1 card will be retired, its 2 reviews kept: 负责任.');
    await panel.getByTestId('boundary-confirm').click();
    await expect.poll(() => panel.getByTestId('boundary-result').textContent()).toContain('Split: 负责 + 任.');
    await expect.poll(() => wordIn(page, '以负责任态度', '任').count()).toBe(1);

    expect(await reviewsOnWordPage(page, '负责任', 'retired')).toBe(2);
    expect(await page.getByTestId('retired-note').textContent()).toContain('负责 任');
    await page.close();
  });

  it('offers no join across punctuation, and a split only for a word of several characters', async () => {
    const page = await newPage();
    await openArticle(page);
    const panel = page.getByTestId('word-panel');
    // 众志成城， : a comma comes next.
    await wordIn(page, '众志成城', '众志成城').click();
    await panel.getByTestId('boundary-controls').waitFor();
    expect(await panel.getByTestId('boundary-join').count()).toBe(0);
    expect(await panel.getByTestId('boundary-split').count()).toBe(1);
    // 和复杂 : the next word follows at once; 和 has one character.
    await wordIn(page, '疫情大考和复杂', '和').click();
    await expect.poll(() => panel.getByTestId('boundary-join').count()).toBe(1);
    expect(await panel.getByTestId('boundary-split').count()).toBe(0);
    await page.close();
  });
});
