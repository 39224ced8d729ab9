import { describe, expect, it } from 'vitest';
import { storeSimulatedHistory } from '@/lib/data/simulated-history';
import { getCurrentUser, updateSettings } from '@/lib/data/users';
import { simulateHistory } from '@/lib/optimisation/simulate';
import { useSeededApp } from './harness';

// A small history: 1,500 reviews of 300 cards over seven weeks, optimised in about a second.
const { app, newPage } = useSeededApp({}, async (db) => {
  const user = await updateSettings(db, (await getCurrentUser(db)).id, { timeZone: 'Asia/Shanghai', dayStartHour: 4 });
  const simulated = simulateHistory({ seed: 21, cards: 300, reviews: 1500, firstDayStart: new Date('2025-06-01T20:00:00Z') });
  await storeSimulatedHistory(db, user.id, simulated.reviews);
});

describe('FSRS optimisation on the settings page', () => {
  it('shows its progress, then both sets of figures and what was decided, and the new parameters stay', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/settings`);
    const section = page.getByRole('region', { name: 'FSRS parameters' });
    await expect.poll(() => section.textContent()).toMatch(/FSRS’s default parameters.*at least 400 reviews/);
    // Every text the status area shows, however briefly.
    await page.getByTestId('optimisation-status').evaluate((element) => {
      const seen: string[] = [];
      (window as unknown as { optimisationTexts: string[] }).optimisationTexts = seen;
      new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, { childList: true, subtree: true, characterData: true });
    });

    await section.getByRole('button', { name: 'Optimise' }).click();
    await expect.poll(() => section.textContent(), { timeout: 60_000 }).toMatch(/predict your reviews better than the current ones/);
    const seen = await page.evaluate(() => (window as unknown as { optimisationTexts: string[] }).optimisationTexts.join('\n'));
    expect(seen).toMatch(/Reading your review history|Fitting the parameters|Comparing the current and the new/);

    const rows = await section.getByRole('row').allTextContents();
    expect(rows[0]).toMatch(/Log loss.*RMSE \(bins\)/);
    const figures = (row: string) => row.match(/\d+\.\d+/g)!.map(Number);
    const [currentLoss] = figures(rows[1]);
    const [newLoss] = figures(rows[2]);
    expect(rows[1]).toMatch(/^Current/);
    expect(rows[2]).toMatch(/^New/);
    expect(newLoss).toBeLessThan(currentLoss);
    expect(await section.getByRole('button', { name: 'Optimise' }).isEnabled()).toBe(true);

    await page.reload();
    await expect.poll(() => section.textContent()).toMatch(/parameters fitted to your own reviews/);
    await page.close();
  });
});
