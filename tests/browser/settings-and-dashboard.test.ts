import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCurrentUser, updateSettings } from '@/lib/data/users';
import { addDays, studyDayKey } from '@/lib/scheduling/study-day';
import { saveSettings, startSeededApp, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

/** The message shown with a field: its description, as a screen reader announces it. */
async function descriptionOf(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** The empty space between two boxes (0 when they touch or overlap). */
function gapBetween(a: { x: number; y: number; width: number; height: number }, b: typeof a): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('the settings form', () => {
  it('refuses an empty or out-of-range limit and shows what was typed next to the message', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/settings`);
    // The browser's own checks stop these first; the server must refuse whatever gets past them.
    await page.getByTestId('settings-form').evaluate((form: HTMLFormElement) => (form.noValidate = true));
    const newCards = page.getByLabel('New cards per day');
    const reviews = page.getByLabel('Reviews per day');
    await newCards.fill('');
    await reviews.fill('150');
    expect(await saveSettings(page)).toMatch(/Nothing was saved/);
    expect(await newCards.inputValue()).toBe('');
    expect(await reviews.inputValue()).toBe('150');
    expect(await newCards.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(newCards)).toMatch(/Enter a number/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('newCardsPerDay');

    await newCards.fill('10000');
    await page.getByTestId('settings-form').evaluate((form: HTMLFormElement) => (form.noValidate = true));
    expect(await saveSettings(page)).toMatch(/Nothing was saved/);
    expect(await newCards.inputValue()).toBe('10000');
    expect(await descriptionOf(newCards)).toMatch(/At most 9999/);

    await page.reload();
    expect(await newCards.inputValue()).toBe('20');
    expect(await reviews.inputValue()).toBe('200');
    await page.close();
  });

  it('offers this browser’s time zone first, then common ones, under current names with their offsets', async () => {
    const page = await newPage({ timezoneId: 'Asia/Kolkata' });
    await page.goto(`${app().url}/settings`);
    const select = page.getByLabel('Time zone');
    const optionGroups = () =>
      select.evaluate((element: HTMLSelectElement) =>
        [...element.querySelectorAll('optgroup')].map((group) => ({
          label: group.label,
          options: [...group.querySelectorAll('option')].map((option) => ({ value: option.value, text: option.text })),
        })),
      );
    // The browser's zone is known only once the page runs in the browser.
    await expect.poll(async () => (await optionGroups()).map((group) => group.label).slice(0, 3), { timeout: 10_000 }).toEqual(['This browser', 'Common', 'Africa']);
    const groups = await optionGroups();
    expect(groups[0].options).toEqual([{ value: 'Asia/Kolkata', text: expect.stringMatching(/India.*UTC\+05:30/) }]);
    expect(groups[1].options.length).toBeLessThanOrEqual(20);
    expect(groups[1].options).toContainEqual({ value: 'Asia/Shanghai', text: expect.stringMatching(/China.*UTC\+08:00/) });
    const values = groups.flatMap((group) => group.options.map((option) => option.value));
    expect(values).toContain('Europe/Kyiv');
    expect(values).not.toContain('Asia/Calcutta');
    expect(values).not.toContain('Europe/Kiev');
    for (const option of groups.flatMap((group) => group.options)) expect(option.text).toMatch(/ \(UTC[+−]\d\d:\d\d\)$/);

    await select.selectOption('Asia/Kolkata');
    expect(await saveSettings(page)).toBe('Settings saved.');
    expect(await select.inputValue()).toBe('Asia/Kolkata');
    await page.reload();
    expect(await select.inputValue()).toBe('Asia/Kolkata');
    // The study day follows this browser now: the dashboard offers no other zone.
    await page.goto(app().url);
    await page.getByTestId('today-summary').waitFor();
    expect(await page.getByText('this browser is in').count()).toBe(0);

    await page.goto(`${app().url}/settings`);
    await select.selectOption('UTC');
    expect(await saveSettings(page)).toBe('Settings saved.');
    await page.close();
  });
});

describe('the dashboard', () => {
  it('says when the next cards are due today, keeps each count by its label, and draws a chart with a scale, dates and a table', async () => {
    const dues: string[] = [];
    for (let index = 0; index < 2; index++) {
      const { queue } = await (await fetch(`${app().url}/api/review/queue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
      const graded = await fetch(`${app().url}/api/review/grade`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cardId: queue.card.cardId, version: queue.card.version, grade: 'good', requestId: randomUUID() }),
      });
      dues.push((await graded.json()).card.due);
    }
    const now = new Date();
    const today = studyDayKey(now, 'UTC', 4);
    const firstDue = new Date(dues[0]);

    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    expect(Number(await page.getByTestId('stat-due-now').textContent())).toBe(0);
    const later = await page.getByTestId('stat-due-later').textContent();
    if (studyDayKey(firstDue, 'UTC', 4) === today) {
      expect(later).toBe(`2 more due later today, next at ${firstDue.toISOString().slice(11, 16)}`);
    } else {
      expect(later).toBe('None due later today');
    }

    const chart = page.getByTestId('review-chart');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const state of ['new', 'learning', 'review', 'known']) {
        const count = page.getByTestId(`state-${state}`);
        const label = page.getByTestId(`state-${state}-label`);
        expect(gapBetween((await label.boundingBox())!, (await count.boundingBox())!), `${state} at ${width} px`).toBeLessThanOrEqual(12);
      }
      const dateLabelTops = await chart.getByTestId('chart-x-label').evaluateAll((labels) =>
        labels.filter((label) => label.getClientRects().length > 0).map((label) => Math.round(label.getBoundingClientRect().top)),
      );
      expect(dateLabelTops.length, `date labels at ${width} px`).toBeGreaterThanOrEqual(3);
      expect(new Set(dateLabelTops).size, `date labels on one line at ${width} px`).toBe(1);
    }
    expect(Number(await page.getByTestId('state-learning').textContent())).toBe(2);

    expect(await chart.textContent()).not.toMatch(/\d{4}-\d\d-\d\d/);
    const first = addDays(today, -27);
    const firstLabel = `${Number(first.slice(8))} ${MONTHS[Number(first.slice(5, 7)) - 1]}`;
    const dateLabels = await chart.getByTestId('chart-x-label').allTextContents();
    expect(dateLabels[0]).toBe(firstLabel);
    expect(dateLabels.at(-1)).toBe('Today');
    const ticks = (await chart.getByTestId('chart-y-tick').allTextContents()).map(Number);
    expect(ticks[0]).toBe(0);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(2);

    const table = page.getByRole('table', { name: /Reviews per day/ });
    const rows = await table.getByRole('row').allTextContents();
    expect(rows).toHaveLength(29);
    expect(await table.getByRole('row').last().locator('th, td').allTextContents()).toEqual(['Today', '2']);
    expect(await table.getByRole('row').nth(1).locator('th, td').allTextContents()).toEqual([firstLabel, '0']);
    await page.close();
  });
});

describe('a stored time zone the database does not know', () => {
  it('leaves the dashboard working on UTC, and says so', async () => {
    const stale = await startSeededApp({}, async (db) => {
      const user = await getCurrentUser(db);
      const { dayStartHour, newCardsPerDay, reviewsPerDay, desiredRetention } = user;
      await updateSettings(db, user.id, { timeZone: 'US/Pacific-New', dayStartHour, newCardsPerDay, reviewsPerDay, desiredRetention });
    });
    try {
      const page = await newPage();
      const response = await page.goto(stale.url);
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Today');
      const hint = page.getByTestId('time-zone-problem');
      expect(await hint.textContent()).toMatch(/US\/Pacific-New.*UTC/);
      expect(await hint.getByRole('link', { name: /Settings/ }).getAttribute('href')).toBe('/settings');
      await page.close();
    } finally {
      await stale.destroy();
    }
  });
});
