import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReview, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** How many words the list shows for these query parameters. */
async function wordCount(page: Page, query: string): Promise<number> {
  await page.goto(`${app().url}/words?${query}`);
  return Number((await page.getByTestId('word-count').textContent())!.match(/^\d+/)![0]);
}

/** The answer side of the card on the screen: its word and its level line. */
async function revealedLevels(page: Page): Promise<{ hanzi: string; levels: string }> {
  await page.keyboard.press('Space');
  await page.getByTestId('card-answer').waitFor();
  return { hanzi: (await page.getByTestId('card-hanzi').textContent())!, levels: (await page.getByTestId('word-levels').textContent())! };
}

describe('HSK levels', () => {
  it('shows the level and the general rank on the card’s answer', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    const { levels } = await revealedLevels(page);
    expect(levels).toMatch(/^(HSK [1-6]|not in HSK)(#[\d,]+ in general use|not in the general frequency list)$/);
    await page.close();
  });

  it('places a beginner at HSK 1–2 from the dashboard: those words leave the new cards, and undo in Settings brings them back', async () => {
    const page = await newPage();
    const lowLevelsNew = await wordCount(page, 'filter=new&level=1') + (await wordCount(page, 'filter=new&level=2'));
    expect(lowLevelsNew).toBeGreaterThan(20);

    await page.goto(app().url);
    const placement = page.getByTestId('placement');
    await placement.getByLabel('I already know HSK levels up to').selectOption('2');
    await placement.getByRole('button', { name: 'Mark them known' }).click();
    const message = placement.getByTestId('placement-message');
    await expect.poll(() => message.textContent()).toMatch(/^Marked \d+ words known: HSK 1–2\.$/);
    const marked = Number((await message.textContent())!.match(/\d+/)![0]);
    expect(marked).toBeGreaterThanOrEqual(lowLevelsNew);
    await expect.poll(() => placement.getByTestId('last-placement').textContent()).toContain(`${marked} words marked known (HSK 1–2)`);

    expect(await wordCount(page, 'filter=new&level=1')).toBe(0);
    expect(await wordCount(page, 'filter=new&level=2')).toBe(0);
    expect(await wordCount(page, 'filter=known&level=1')).toBeGreaterThan(0);

    // The queue offers none of them.
    await openReview(page, app().url);
    for (let index = 0; index < 3; index++) {
      const { hanzi, levels } = await revealedLevels(page);
      expect(levels, hanzi).not.toMatch(/^HSK [12](?!\d)/);
      await page.keyboard.press('3');
      await expect.poll(() => page.getByTestId('card-hanzi').textContent()).not.toBe(hanzi);
    }

    // Reviewed now: the dashboard no longer offers a placement; Settings keeps the last one, to undo.
    await page.goto(app().url);
    await page.getByTestId('today-summary').waitFor();
    expect(await page.getByTestId('placement').count()).toBe(0);
    await page.goto(`${app().url}/settings`);
    await placement.getByTestId('last-placement').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => message.textContent()).toBe(`Undone: ${marked} words are new cards again.`);
    await expect.poll(() => placement.getByTestId('last-placement').textContent()).toMatch(/, undone /);
    expect(await placement.getByTestId('last-placement').getByRole('button', { name: 'Undo' }).count()).toBe(0);
    expect(await wordCount(page, 'filter=new&level=1') + (await wordCount(page, 'filter=new&level=2'))).toBe(lowLevelsNew);
    await page.close();
  });

  it('refuses a placement level the form never offers', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/settings`);
    const placement = page.getByTestId('placement');
    const select = placement.getByLabel('I already know HSK levels up to');
    // Changed only once React has hydrated it, as an attacker's own page would send it.
    await expect.poll(() => select.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber')))).toBe(true);
    await select.evaluate((element) => {
      const option = document.createElement('option');
      option.value = '7';
      option.textContent = 'HSK 1–7';
      element.append(option);
    });
    await select.selectOption('7');
    await placement.getByRole('button', { name: 'Mark them known' }).click();
    await expect.poll(() => placement.getByTestId('placement-message').textContent()).toBe('Choose an HSK level from 1 to 6.');
    await page.close();
  });

  it('filters the word list by level, with the other filters, and sorts by general frequency', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/words`);
    await page.getByLabel('Level').selectOption('4');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/level=4/);
    const badges = page.locator('main li [data-testid="hsk-badge"]');
    await expect.poll(() => badges.count()).toBeGreaterThan(0);
    expect(new Set(await badges.allTextContents())).toEqual(new Set(['HSK 4']));
    expect(await page.locator('main li').count()).toBe(await badges.count());
    expect(await page.getByTestId('word-count').textContent()).toMatch(/ · HSK 4$/);

    await page.goto(`${app().url}/words?level=none`);
    expect(await page.locator('main li').count()).toBeGreaterThan(0);
    expect(await page.locator('main li [data-testid="hsk-badge"]').count()).toBe(0);

    await page.goto(`${app().url}/words?level=3&sort=general&filter=new`);
    const ranks = (await page.locator('main li [data-testid="general-rank"]:visible').allTextContents()).map((text) => Number(text.replace(/[#,]/g, '')));
    expect(ranks.length).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Paging keeps the level.
    const next = page.getByRole('link', { name: 'Next →' });
    if (await next.count()) expect(await next.getAttribute('href')).toContain('level=3');
    await page.close();
  });

  it('ignores hostile level and sort values, never a server error', async () => {
    const page = await newPage();
    const all = await wordCount(page, '');
    for (const query of ['level=7', 'level=0', 'level=1e3', 'level=2147483648', 'level=%00', 'level=1&level=2', `level=${'9'.repeat(5000)}`, 'sort=%27', 'level[]=1']) {
      const response = await page.goto(`${app().url}/words?${query}`);
      expect(response?.status(), query).toBe(200);
      expect(Number((await page.getByTestId('word-count').textContent())!.match(/^\d+/)![0]), query).toBe(all);
    }
    await page.close();
  });

  it('fits a phone: the placement, the word list with its badges, the word page', async () => {
    const page = await newPage(PHONE);
    for (const path of ['/', '/settings', '/words?level=1']) {
      await page.goto(`${app().url}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
    await page.locator('main li a').first().click();
    await page.waitForURL(/\/words\/\d+$/);
    expect(await page.getByTestId('hsk-badge').textContent()).toBe('HSK 1');
    expect(await page.getByTestId('general-rank').textContent()).toMatch(/^#[\d,]+ in general use$/);
    await page.close();
  });
});
