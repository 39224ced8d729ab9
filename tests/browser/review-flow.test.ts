import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp } from '@/scripts/support/app-server';
import { E2E_DIST_DIR, openReview, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

async function statValue(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).textContent());
}

describe('a learner on a fresh database', () => {
  it('reviews three cards with the keyboard, undoes one, and sees the right numbers after a reload', async () => {
    const page = await newPage();
    await page.goto(app().url);
    expect(await statValue(page, 'stat-new-left')).toBe(20);
    expect(await statValue(page, 'stat-reviewed-today')).toBe(0);
    expect(await statValue(page, 'stat-streak')).toBe(0);

    await page.getByRole('link', { name: 'Start review' }).click();
    await page.waitForURL('**/review');
    await page.locator('[data-testid="review-session"][data-ready]').waitFor();
    const reviewed: string[] = [];
    for (let index = 0; index < 3; index++) {
      const hanzi = (await page.getByTestId('card-hanzi').textContent())!;
      await expect.poll(() => page.getByTestId('card-answer').count()).toBe(0);
      await page.keyboard.press('Space');
      await expect.poll(() => page.getByTestId('card-answer').count()).toBe(1);
      await page.keyboard.press('3');
      await expect.poll(() => page.getByTestId('session-count').textContent()).toBe(`${index + 1} reviewed`);
      await expect.poll(() => page.getByTestId('card-hanzi').textContent()).not.toBe(hanzi);
      reviewed.push(hanzi);
    }
    expect(new Set(reviewed).size).toBe(3);

    await page.keyboard.press('u');
    await expect.poll(() => page.getByTestId('session-count').textContent()).toBe('2 reviewed');
    expect(await page.getByTestId('card-hanzi').textContent()).toBe(reviewed[2]);
    await expect.poll(() => page.getByTestId('queue-counts').textContent()).toContain('2 learning');

    await page.reload();
    expect(await page.getByTestId('card-hanzi').textContent()).toBe(reviewed[2]);
    await page.goto(app().url);
    expect(await statValue(page, 'stat-reviewed-today')).toBe(2);
    expect(await statValue(page, 'stat-new-left')).toBe(18);
    expect(await statValue(page, 'stat-due-now')).toBe(0);
    expect(await statValue(page, 'stat-streak')).toBe(1);
    expect(Number(await page.getByTestId('state-learning').textContent())).toBe(2);
    await page.close();
  });

  it('keeps the card still when the answer is revealed', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    const before = await page.getByTestId('card-hanzi').boundingBox();
    const buttonsBefore = await page.getByRole('button', { name: /Show answer/ }).boundingBox();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Good/ }).waitFor();
    const after = await page.getByTestId('card-hanzi').boundingBox();
    const good = await page.getByRole('button', { name: /^Good/ }).boundingBox();
    expect(after).toEqual(before);
    expect(good!.y).toBeCloseTo(buttonsBefore!.y, 0);
    await page.close();
  });

  it('fits a phone screen in the dark theme on every page', async () => {
    const page = await newPage({ viewport: { width: 375, height: 740 }, colorScheme: 'dark', isMobile: true });
    for (const route of ['/', '/review', '/words', '/words?q=zhongda', '/settings']) {
      await page.goto(`${app().url}${route}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${route}`).toBeLessThanOrEqual(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, `dark background on ${route}`).not.toBe('rgb(250, 250, 249)');
    }
    await page.close();
  });

  it('finds words by hanzi, toneless pinyin, pinyin with tones and English', async () => {
    const page = await newPage();
    for (const query of ['重大', 'zhongda', 'zhòngdà', 'zhong4da4', 'significant']) {
      await page.goto(`${app().url}/words?q=${encodeURIComponent(query)}`);
      const hanzi = await page.locator('main li [lang="zh-CN"]').allTextContents();
      expect(hanzi.slice(0, 5), query).toContain('重大');
    }
    await page.close();
  });

  it('tells a second process that the embedded database is in use, and changes nothing', async () => {
    const result = app().seed();
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/open in another process/);
    const page = await newPage();
    await page.goto(app().url);
    expect(await statValue(page, 'stat-reviewed-today')).toBe(2);
    await page.close();
  });
});


describe('settings', () => {
  it('refuses a bad daily limit with a clear message, and a good one changes today’s numbers', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/settings`);
    const newCards = page.getByLabel('New cards per day');
    // The browser's own checks stop this first; the server checks again for anything that gets past them.
    await newCards.evaluate((input) => input.removeAttribute('min'));
    await newCards.fill('-5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByTestId('settings-message').textContent()).toMatch(/Nothing was saved/);
    expect(await page.getByText('At least 0.').count()).toBe(1);

    await page.goto(`${app().url}/settings`);
    expect(await page.getByLabel('New cards per day').inputValue()).toBe('20');
    await page.getByLabel('New cards per day').fill('25');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByTestId('settings-message').textContent()).toBe('Settings saved.');
    await page.goto(app().url);
    expect(await statValue(page, 'stat-new-left')).toBe(23);
    await page.close();
  });
});

describe('a database that cannot be reached', () => {
  it('gets a clear error page and a clear API answer, never a stack trace', async () => {
    const unreachable = await startApp(E2E_DIST_DIR, { DATABASE_URL: 'postgres://ciku@127.0.0.1:9/ciku' });
    try {
      const page = await newPage();
      const response = await page.goto(`${unreachable.url}/review`);
      expect(page.url()).toMatch(/\/unavailable$/);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ciku cannot reach its database');
      const problem = await page.getByTestId('database-problem').textContent();
      expect(problem).toMatch(/PostgreSQL 127\.0\.0\.1:9\/ciku/);
      expect(await page.content()).not.toMatch(/\n\s+at /);
      await page.close();

      const api = await fetch(`${unreachable.url}/api/review/queue`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      expect(api.status).toBe(503);
      expect(await api.json()).toMatchObject({ ok: false, error: 'unavailable' });
    } finally {
      await unreachable.stop();
    }
  });
});
