import { describe, expect, it } from 'vitest';
import { openReview, saveSettings, useSeededApp } from './harness';

const DAY = 86_400_000;
let word: { id: number; hanzi: string };

// The most frequent content word has been learned before: its sentence card may come first among the new cards.
const { app, newPage } = useSeededApp({}, async (db) => {
  word = await db.word.findFirstOrThrow({ where: { isName: false, isFunctionWord: false }, orderBy: { studyRank: 'asc' }, select: { id: true, hanzi: true } });
  const now = Date.now();
  await db.card.updateMany({
    where: { wordId: word.id, kind: 'WORD' },
    data: { state: 'REVIEW', due: new Date(now + 30 * DAY), stability: 30, difficulty: 5, scheduledDays: 30, reps: 3, lastReview: new Date(now - 3 * DAY) },
  });
});

describe('sentence cards', () => {
  it('are switched on in Settings, then a sentence card is reviewed with hints, graded and undone', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/settings`);
    await page.getByLabel('Sentence cards').check();
    expect(await saveSettings(page)).toContain('Settings saved');
    await page.reload();
    expect(await page.getByLabel('Sentence cards').isChecked()).toBe(true);

    await openReview(page, app().url);
    const card = page.getByTestId('sentence-card');
    await card.waitFor();
    // The front: the sentence with a blank as wide as the word, and nothing of the word itself.
    const blanked = (await page.getByTestId('sentence-blanked').textContent())!;
    expect(blanked).not.toContain(word.hanzi);
    expect(await page.getByTestId('sentence-blank').textContent()).toBe('\u3000'.repeat([...word.hanzi].length));
    expect(await page.getByTestId('card-hanzi').count()).toBe(0);
    expect(await page.getByTestId('blank-reading').textContent()).toBe('');

    await page.keyboard.press('p');
    await expect.poll(() => page.getByTestId('blank-reading').textContent()).not.toBe('');
    await page.getByRole('button', { name: /Meaning hint/ }).click();
    await page.getByTestId('meaning-hint').waitFor();

    await page.keyboard.press('Space');
    await page.getByTestId('card-answer').waitFor();
    expect(await page.getByTestId('card-hanzi').textContent()).toBe(word.hanzi);
    expect(await page.getByTestId('sentence-revealed').locator('mark').textContent()).toContain(word.hanzi);

    await page.keyboard.press('3');
    await expect.poll(() => page.getByTestId('session-count').textContent()).toBe('1 reviewed');
    await expect.poll(() => page.getByTestId('sentence-card').count()).toBe(0);

    await page.keyboard.press('u');
    await expect.poll(() => page.getByTestId('session-count').textContent()).toBe('0 reviewed');
    await page.getByTestId('sentence-blank').waitFor();
    expect(await page.getByTestId('card-state').textContent()).toContain('New');
    await page.close();
  });

  it('are switched off and on for one word on its word page', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/words/${word.id}`);
    const toggle = page.getByRole('switch', { name: 'Sentence card' });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => page.getByRole('switch', { name: 'Sentence card' }).getAttribute('aria-checked')).toBe('false');
    await page.getByRole('switch', { name: 'Sentence card' }).click();
    await expect.poll(() => page.getByRole('switch', { name: 'Sentence card' }).getAttribute('aria-checked')).toBe('true');
    await page.close();
  });
});
