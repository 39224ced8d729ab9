import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReview, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

async function gradeCards(count: number) {
  const page = await newPage();
  await openReview(page, app().url);
  for (let index = 0; index < count; index++) {
    // The next card is shown with its answer hidden before it takes keys.
    await expect.poll(() => page.getByTestId('card-answer').count()).toBe(0);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('card-answer').count()).toBe(1);
    const hanzi = await page.getByTestId('card-hanzi').textContent();
    await page.keyboard.press(index === 0 ? '1' : '3');
    await expect.poll(() => page.getByTestId('session-count').textContent()).toBe(`${index + 1} reviewed`);
    await expect.poll(() => page.getByTestId('card-hanzi').textContent()).not.toBe(hanzi);
  }
  await page.close();
}

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

describe('the statistics page', () => {
  it('shows a new learner what they did today, with every chart and its numbers as a table', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/stats`);
    expect(await text(page, 'today-reviews')).toBe('0');
    expect(await text(page, 'streak-current')).toBe('0 days');
    await page.close();

    await gradeCards(3);
    const after = await newPage();
    await after.goto(`${app().url}/stats`);
    expect(await text(after, 'today-reviews')).toBe('3');
    expect(await text(after, 'today-new')).toBe('3');
    expect(await text(after, 'today-again')).toContain('33.3%');
    expect(await text(after, 'streak-current')).toBe('1 day');
    expect(await text(after, 'words-learning')).toMatch(/^3/);
    // Today's square in the heatmap holds the three answers.
    const todayCell = after.locator('[data-testid="heatmap"] [data-day]').last();
    expect(await todayCell.getAttribute('title')).toMatch(/3 reviews$/);
    // Every chart says in text what it draws.
    for (const id of ['activity', 'reviews-per-day', 'retention', 'answer-buttons', 'hours', 'forecast', 'stability', 'difficulty', 'retrievability']) {
      const chart = after.getByTestId(id);
      await chart.getByText('Show as a table').click();
      expect(await chart.locator('table').count()).toBeGreaterThan(0);
    }
    expect(await after.getByTestId('reviews-per-day').locator('table tbody tr').count()).toBe(30);
    await after.getByRole('link', { name: '365 days' }).click();
    await after.waitForURL(/range=365/);
    expect(await after.getByTestId('reviews-per-day').locator('table tbody tr').count()).toBe(365);
    await after.close();
  });

  it('fits a phone in the dark theme without scrolling sideways, under the content security policy', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(`${app().url}/stats?range=90`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const background = await page.getByTestId('retention').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    expect(violations).toEqual([]);
    await page.close();
  });

  it("narrows to one article's words, and says so when the article does not exist", async () => {
    const page = await newPage();
    await page.goto(`${app().url}/stats?article=1`);
    expect(await text(page, 'stats-scope')).toMatch(/The words of/);
    expect(await text(page, 'today-reviews')).toBe('3');
    await page.goto(`${app().url}/stats?article=999999999999`);
    expect(await page.getByText(/There is no article/).getAttribute('role')).toBe('alert');
    expect(await text(page, 'today-reviews')).toBe('3');
    await page.close();
  });

  it("shows a studied word's stability, difficulty, recall and forgetting curve on its page", async () => {
    const page = await newPage();
    await page.goto(`${app().url}/words?filter=learning`);
    await page.locator('a[href^="/words/"]').first().click();
    await page.getByTestId('memory').waitFor();
    expect(await text(page, 'memory-stability')).toMatch(/days/);
    expect(await text(page, 'memory-difficulty')).toMatch(/\/ 10/);
    expect(await text(page, 'memory-retrievability')).toMatch(/%/);
    expect(await page.getByTestId('memory-curve').locator('path').count()).toBeGreaterThanOrEqual(2);
    expect(await text(page, 'memory-curve-summary')).toMatch(/Recall now \d+%/);
    await page.close();
  });
});
