import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReview, useSeededApp } from './harness';

const seeded = useSeededApp();
const { app } = seeded;

/** A page that waits longer than usual: the machine running the tests may be busy. */
async function newPage(options?: Parameters<typeof seeded.newPage>[0]): Promise<Page> {
  const page = await seeded.newPage(options);
  page.setDefaultTimeout(60_000);
  return page;
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Opens the seed article from the article list and waits until its text answers clicks and keys. */
async function openSeedArticle(page: Page): Promise<string> {
  await page.goto(`${app().url}/articles`);
  await page.locator('[data-testid="article"] h2 a').first().click();
  await page.locator('[data-testid="reader"][data-ready]').waitFor();
  return page.url();
}

const word = (page: Page, hanzi: string) => page.locator('[data-testid="article-text"] [data-w]', { hasText: new RegExp(`^${hanzi}$`) }).first();

async function openPanel(page: Page, hanzi: string) {
  await word(page, hanzi).click();
  await page.locator('[data-testid="panel-actions"]').waitFor();
  return page.locator('[data-testid="word-panel"]');
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the reading view', () => {
  it('opens the seed article from the list, shows a word’s reading and meaning, and marking it known raises the coverage', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/articles`);
    expect(await page.locator('[data-testid="coverage"]').first().textContent()).toBe('0%');
    await openSeedArticle(page);
    expect(await page.locator('[data-testid="article-text"]').textContent()).toContain('刚刚过去的2020年，百年变局与世纪疫情相互激荡');
    const panel = await openPanel(page, '的');
    expect(await panel.locator('[data-testid="panel-reading"]').textContent()).toBe('de');
    expect(await panel.locator('[data-testid="meanings"]').textContent()).toContain("of; ~'s");

    await panel.getByRole('button', { name: 'Mark known' }).click();
    await expect.poll(() => panel.locator('[data-testid="panel-state"]').textContent()).toBe('Known');
    expect(await word(page, '的').getAttribute('class')).toContain('word-known');

    await page.getByRole('link', { name: '← All articles' }).click();
    await page.locator('[data-testid="coverage"]').first().waitFor();
    const coverageAfter = await page.locator('[data-testid="coverage"]').first().textContent();
    expect(Number.parseInt(coverageAfter!)).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="known"]').first().textContent()).toBe('1');
  });

  it('learn now puts the word first in the review', async () => {
    const page = await newPage();
    await openSeedArticle(page);
    const panel = await openPanel(page, '变局');
    await panel.getByRole('button', { name: 'Learn now' }).click();
    await expect.poll(() => panel.getByTestId('panel-message').textContent()).toContain('first among today’s new cards');
    await openReview(page, app().url);
    expect(await page.locator('[data-testid="card-hanzi"]').textContent()).toBe('变局');
  });

  it('ignoring a word takes it out of the review queue', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    const first = (await page.locator('[data-testid="card-hanzi"]').textContent())!;
    await openSeedArticle(page);
    const panel = await openPanel(page, first);
    await panel.getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(() => panel.locator('[data-testid="panel-state"]').textContent()).toBe('Ignored');
    expect(await word(page, first).getAttribute('class')).toContain('word-ignored');
    await openReview(page, app().url);
    expect(await page.locator('[data-testid="card-hanzi"]').textContent()).not.toBe(first);
    await page.goto(`${app().url}/words?filter=ignored`);
    expect(await page.locator('main ul').textContent()).toContain(first);
  });

  it('opens the panel from the keyboard: arrows move between words, Enter opens one, Escape closes it', async () => {
    const page = await newPage();
    await openSeedArticle(page);
    await page.locator('[data-testid="article-text"] [data-w][tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('的');
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid="word-panel"]');
    await expect.poll(() => panel.locator('[data-testid="panel-hanzi"]').textContent()).toBe('的');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.getAttribute('data-open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('的');
  });

  it('shows pinyin above the characters with the switch, coloured by tone with the other, and keeps the choice', async () => {
    const page = await newPage();
    const url = await openSeedArticle(page);
    expect(await page.locator('[data-testid="article-text"] rt').count()).toBe(0);
    await page.getByLabel('Pinyin above the characters').check();
    await expect.poll(() => page.locator('[data-testid="article-text"] rt').count()).toBeGreaterThan(100);
    await page.getByLabel('Colour by tone').check();
    await expect.poll(() => page.locator('[data-testid="article-text"] ruby.tone-1').count()).toBeGreaterThan(0);
    await page.goto(url);
    expect(await page.locator('[data-testid="article-text"] rt').count()).toBeGreaterThan(100);
    // With ruby a word's text holds its pinyin too: find it by its reading.
    await page.locator('[data-testid="article-text"] [data-r="biànjú"]').first().click();
    const panel = page.locator('[data-testid="word-panel"]');
    await expect.poll(() => panel.locator('[data-testid="panel-hanzi"]').textContent()).toBe('变局');
    expect(await panel.locator('[data-testid="panel-reading"]').textContent()).toBe('biànjú');
    // The panel's reading is coloured too: biàn (4th tone) jú (2nd).
    expect(await panel.locator('[data-testid="panel-reading"] span.tone-4').textContent()).toBe('biàn');
    expect(await panel.locator('[data-testid="panel-reading"] span.tone-2').textContent()).toBe('jú');
    await page.getByLabel('Pinyin above the characters').uncheck();
    await expect.poll(() => page.locator('[data-testid="article-text"] rt').count()).toBe(0);
    await page.getByLabel('Colour by tone').uncheck();
  });

  it('fits a phone and the dark theme without sideways scrolling, the panel a sheet from the bottom', async () => {
    for (const options of [PHONE, { ...PHONE, colorScheme: 'dark' as const }, { colorScheme: 'dark' as const }]) {
      const page = await newPage(options);
      await openSeedArticle(page);
      expect(await noSidewaysScroll(page)).toBe(true);
      const panel = await openPanel(page, '世界');
      expect(await noSidewaysScroll(page)).toBe(true);
      const box = (await panel.boundingBox())!;
      if ('viewport' in options) expect(Math.round(box.y + box.height)).toBe(844);
      await page.goto(`${app().url}/articles`);
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.close();
    }
  });

  it('links each sentence of a card and of a word page to its place in the article', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/words?q=${encodeURIComponent('变局')}`);
    await page.locator('main li a').first().click();
    const link = page.locator('main a[href*="/articles/"][href*="#s-"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.locator('[data-testid="reader"][data-ready]').waitFor();
    const sentenceId = href.split('#')[1];
    const words = await page.locator(`#${sentenceId} [data-w]`).evaluateAll((spans) =>
      spans.map((span) => {
        const copy = span.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('rt').forEach((rt) => rt.remove());
        return copy.textContent;
      }),
    );
    expect(words).toContain('变局');
  });

  it('reviews only the article’s words from its page, and says so', async () => {
    const page = await newPage();
    await openSeedArticle(page);
    await page.getByRole('link', { name: 'Review this article’s words' }).click();
    await page.locator('[data-testid="review-session"][data-ready]').waitFor();
    expect(await page.locator('[data-testid="review-scope"]').textContent()).toContain('迎难而上');
    expect(await page.locator('[data-testid="card-hanzi"]').count()).toBe(1);
    await page.goto(`${app().url}/review?article=1e3`);
    expect(await page.locator('[data-testid="review-scope-refused"]').textContent()).toContain('no such article');
  });

  it('answers 404, not 500, for ids that name no article', async () => {
    const page = await newPage();
    for (const id of ['1e3', '0x10', '2147483648', 'abc', '-1', '99999']) {
      const response = await page.goto(`${app().url}/articles/${id}`);
      expect(response?.status(), id).toBe(404);
    }
  });
});
