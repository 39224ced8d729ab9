import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReview, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

const hanziOf = (page: Page) => page.getByTestId('card-hanzi').textContent();
const sessionCount = (page: Page) => page.getByTestId('session-count').textContent();

async function revealAndGrade(page: Page, key: string) {
  const before = await hanziOf(page);
  await page.keyboard.press('Space');
  await page.getByTestId('card-answer').waitFor();
  await page.keyboard.press(key);
  await expect.poll(() => hanziOf(page)).not.toBe(before);
}

describe('the next card', () => {
  it('appears with its answer hidden in its very first frame, grade after grade', async () => {
    const page = await newPage();
    // Records what the card shows at every DOM change and every animation frame.
    await page.addInitScript(() => {
      const frames: { hanzi: string | null; answer: boolean }[] = [];
      (window as unknown as { cikuFrames: typeof frames }).cikuFrames = frames;
      const record = () => {
        const hanzi = document.querySelector('[data-testid="card-hanzi"]')?.textContent ?? null;
        const answer = document.querySelector<HTMLElement>('[data-testid="card-answer"]');
        const shown = !!answer && answer.getAttribute('aria-hidden') !== 'true' && getComputedStyle(answer).visibility !== 'hidden';
        const last = frames.at(-1);
        if (!last || last.hanzi !== hanzi || last.answer !== shown) frames.push({ hanzi, answer: shown });
      };
      new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const onFrame = () => {
        record();
        requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    });
    await openReview(page, app().url);
    for (let index = 0; index < 12; index++) await revealAndGrade(page, ['3', '1', '4', '2'][index % 4]);
    const frames = await page.evaluate(() => (window as unknown as { cikuFrames: { hanzi: string | null; answer: boolean }[] }).cikuFrames);
    const arrivals = frames.filter((frame, index) => frame.hanzi && index > 0 && frames[index - 1].hanzi !== frame.hanzi);
    expect(arrivals.length).toBeGreaterThanOrEqual(12);
    expect(arrivals.filter((frame) => frame.answer)).toEqual([]);
    await page.close();
  });
});

describe('coming back to the review screen', () => {
  it('by Back from a word page shows the current card, keeps the count and undo, and blames no other tab', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    await revealAndGrade(page, '3');
    await revealAndGrade(page, '3');
    expect(await sessionCount(page)).toBe('2 reviewed');
    const current = await hanziOf(page);
    await page.keyboard.press('Space');
    await page.getByRole('link', { name: /^Word page/ }).click();
    await page.waitForURL(/\/words\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(current);

    await page.goBack();
    await page.waitForURL(/\/review$/);
    await page.locator('[data-testid="review-session"][data-ready]').waitFor();
    await expect.poll(() => hanziOf(page)).toBe(current);
    await expect.poll(() => sessionCount(page)).toBe('2 reviewed');
    expect(await page.getByRole('button', { name: /^Undo/ }).isEnabled()).toBe(true);

    await revealAndGrade(page, '3');
    expect(await sessionCount(page)).toBe('3 reviewed');
    expect(await page.getByRole('status').first().textContent()).not.toMatch(/tab|window|elsewhere/i);
    await page.close();
  });

  it('by the word page key and a link, or by a reload, shows the current card and keeps the count', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    await revealAndGrade(page, '3');
    const current = await hanziOf(page);
    await page.keyboard.press('w');
    await page.waitForURL(/\/words\/\d+$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
    await page.waitForURL(/\/review$/);
    await page.locator('[data-testid="review-session"][data-ready]').waitFor();
    await expect.poll(() => hanziOf(page)).toBe(current);
    await expect.poll(() => sessionCount(page)).toBe('1 reviewed');

    await page.goBack();
    await page.goBack();
    await page.waitForURL(/\/review$/);
    await page.locator('[data-testid="review-session"][data-ready]').waitFor();
    await expect.poll(() => hanziOf(page)).toBe(current);

    await page.reload();
    await expect.poll(() => sessionCount(page)).toBe('1 reviewed');
    await page.keyboard.press('u');
    await expect.poll(() => sessionCount(page)).toBe('0 reviewed');
    await page.close();
  });
});

describe('keys', () => {
  it('K marks a word known and S suspends one, both shown on their buttons, and U undoes them', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    const bar = page.getByTestId('answer-bar');
    expect(await bar.getByRole('button', { name: /Mark as known/ }).getAttribute('aria-keyshortcuts')).toBe('K');
    expect(await bar.getByRole('button', { name: /Suspend/ }).getAttribute('aria-keyshortcuts')).toBe('S');
    expect(await bar.getByRole('button', { name: /Mark as known/ }).textContent()).toContain('K');

    const first = await hanziOf(page);
    await page.keyboard.press('k');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(`${first} marked as known. Press U to undo.`);
    const second = await hanziOf(page);
    expect(second).not.toBe(first);
    await page.keyboard.press('s');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${second} suspended.`);

    await page.keyboard.press('u');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(`Undid the suspension of ${second}.`);
    await page.keyboard.press('u');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(`Undid “known” for ${first}.`);
    await expect.poll(() => hanziOf(page)).toBe(first);
    await page.goto(`${app().url}/words?filter=known`);
    expect(await page.getByTestId('word-count').textContent()).toMatch(/^0 words/);
    await page.close();
  });

  it('? opens a help listing every key, and Escape closes it', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    const text = await help.textContent();
    for (const expected of ['Space', 'Enter', '1', '2', '3', '4', 'U', 'Ctrl+Z', 'K', 'S', 'W', '?']) expect(text).toContain(expected);
    // Keys do nothing behind the help.
    const hanzi = await hanziOf(page);
    await page.keyboard.press('k');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(await hanziOf(page)).toBe(hanzi);
    await page.close();
  });
});

describe('layout', () => {
  for (const [name, viewport, mobile] of [
    ['a 1280×900 window', { width: 1280, height: 900 }, false],
    ['a 390×844 phone', { width: 390, height: 844 }, true],
  ] as const) {
    it(`on ${name}: the top bar stays in view, the buttons sit at one place within thumb reach, and nothing is below the fold`, async () => {
      const page = await newPage({ viewport, isMobile: mobile, hasTouch: mobile });
      await openReview(page, app().url);
      const positions = new Set<number>();
      for (let index = 0; index < 5; index++) {
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const header = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
        expect(header!.y).toBeGreaterThanOrEqual(0);

        const card = await page.getByRole('article').boundingBox();
        const hanzi = await page.getByTestId('card-hanzi').boundingBox();
        // The front of a card is the word, not a large empty box.
        expect(card!.y + card!.height - (hanzi!.y + hanzi!.height)).toBeLessThan(48);

        const reveal = await page.getByRole('button', { name: /Show answer/ }).boundingBox();
        positions.add(Math.round(reveal!.y));
        for (const name of [/Mark as known/, /Suspend/]) {
          const box = await page.getByTestId('answer-bar').getByRole('button', { name }).boundingBox();
          expect(box!.y).toBeGreaterThanOrEqual(0);
          expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
        }
        await page.getByRole('button', { name: /Show answer/ }).click();
        for (const grade of ['Again', 'Hard', 'Good', 'Easy']) {
          const box = await page.getByRole('button', { name: new RegExp(`^${grade}`) }).boundingBox();
          positions.add(Math.round(box!.y));
          expect(box!.y + box!.height, `${grade} off the bottom edge`).toBeLessThanOrEqual(viewport.height - 8);
          if (mobile) expect(box!.y, `${grade} within thumb reach`).toBeGreaterThan(viewport.height / 2);
          expect(box!.height).toBeGreaterThanOrEqual(44);
        }
        const before = await hanziOf(page);
        await page.getByRole('button', { name: /^Good/ }).click();
        await expect.poll(() => hanziOf(page)).not.toBe(before);
      }
      expect([...positions]).toHaveLength(1);
      await page.close();
    });
  }
});
