import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCurrentUser } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { openReview, saveSettings, useSeededApp } from './harness';

/** The first new word in each order, read before the app holds the database. */
const firstNew = { FREQUENCY: '', ARTICLE: '' };

async function firstNewWord(db: Db, orderBy: object): Promise<string> {
  const card = await db.card.findFirstOrThrow({
    where: { status: 'ACTIVE', state: 'NEW', OR: [{ word: { isName: false } }, { queuedAt: { not: null } }] },
    orderBy,
    select: { word: { select: { hanzi: true } } },
  });
  return card.word.hanzi;
}

const { app, newPage } = useSeededApp({}, async (db) => {
  await getCurrentUser(db);
  firstNew.FREQUENCY = await firstNewWord(db, [{ word: { studyRank: 'asc' } }, { word: { id: 'asc' } }]);
  firstNew.ARTICLE = await firstNewWord(db, { word: { id: 'asc' } });
});

/** The interval a grade button shows, once the answer is revealed (without its key). */
async function intervalOf(page: Page, grade: 'again' | 'good') {
  if ((await page.getByTestId('card-answer').count()) === 0) await page.keyboard.press('Space');
  return (await page.getByTestId(`interval-${grade}`).innerText()).split(/\s/)[0];
}

const workloadRows = (page: Page) => page.getByTestId('workload').getByRole('row').allTextContents();
const chosenRow = (page: Page) => page.getByTestId('workload').locator('tr[data-chosen]').textContent();

describe('the scheduling settings', () => {
  it('estimate the workload of the retention as it is typed, with a few retentions around it', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/settings`);
    await expect.poll(() => workloadRows(page), { timeout: 15_000 }).toHaveLength(6);
    const rows = await workloadRows(page);
    expect(rows.slice(1).map((row) => row.match(/^\d+%/)?.[0])).toEqual(['80%', '85%', '90%', '93%', '96%']);
    expect(await chosenRow(page)).toMatch(/^90%/);
    expect(await page.getByTestId('workload').textContent()).toMatch(/new ones at 20 a day/);

    await page.getByLabel('Desired retention (%)').fill('80');
    await expect.poll(() => chosenRow(page), { timeout: 15_000 }).toMatch(/^80%/);
    expect((await workloadRows(page)).slice(1).map((row) => row.match(/^\d+%/)?.[0])).toEqual(['70%', '75%', '80%', '83%', '86%']);
    await page.getByLabel('Desired retention (%)').fill('200');
    await expect.poll(() => page.getByTestId('workload').textContent(), { timeout: 15_000 }).toMatch(/Enter a retention from 70% to 99%/);
    await page.close();
  });

  it('refuses steps it cannot read, naming the step, and saves nothing', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/settings`);
    const steps = page.getByLabel('Learning steps', { exact: true });
    await steps.fill('1m 10x');
    expect(await saveSettings(page)).toMatch(/Nothing was saved/);
    expect(await steps.inputValue()).toBe('1m 10x');
    expect(await steps.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#learningSteps-message').textContent()).toMatch(/“10x” is not a step/);
    await page.reload();
    expect(await steps.inputValue()).toBe('1m 10m');
    await page.close();
  });

  it('change the review queue and its buttons at once: a limit, the new-card order and the learning steps', async () => {
    expect(firstNew.ARTICLE).not.toBe(firstNew.FREQUENCY);
    const page = await newPage();
    await page.goto(`${app().url}/stats`);
    expect(await page.getByTestId('today-reviews').textContent()).toBe('0');
    await openReview(page, app().url);
    expect(await page.getByTestId('card-hanzi').textContent()).toBe(firstNew.FREQUENCY);
    expect(await page.getByTestId('queue-counts').textContent()).toContain('20 new');
    expect(await intervalOf(page, 'again')).toBe('1m');

    await page.goto(`${app().url}/settings`);
    await page.getByLabel('New cards per day').fill('3');
    await page.getByLabel('New card order').selectOption('ARTICLE');
    await page.getByLabel('Learning steps', { exact: true }).fill('2m 15m');
    expect(await saveSettings(page)).toBe('Settings saved.');

    await openReview(page, app().url);
    expect(await page.getByTestId('card-hanzi').textContent()).toBe(firstNew.ARTICLE);
    expect(await page.getByTestId('queue-counts').textContent()).toContain('3 new');
    expect(await intervalOf(page, 'again')).toBe('2m');
    expect(await intervalOf(page, 'good')).toBe('15m');
    await page.keyboard.press('3');
    await expect.poll(() => page.getByTestId('session-count').textContent()).toBe('1 reviewed');
    expect(await page.getByTestId('queue-counts').textContent()).toContain('2 new');
    await page.goto(`${app().url}/stats`);
    expect(await page.getByTestId('today-reviews').textContent()).toBe('1');
    expect(await page.getByTestId('today-new').textContent()).toBe('1');

    await page.goto(`${app().url}/settings`);
    expect(await page.getByLabel('New card order').inputValue()).toBe('ARTICLE');
    expect(await page.getByLabel('Learning steps', { exact: true }).inputValue()).toBe('2m 15m');
    await page.close();
  });
});
