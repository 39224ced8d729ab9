import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReview, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

function wordRow(page: Page, hanzi: string): Locator {
  return page.locator('main li').filter({ has: page.locator(`[lang="zh-CN"]`, { hasText: new RegExp(`^${hanzi}$`) }) });
}

/** How many characters of an element's text can be seen: not clipped by its box, truncation or a line clamp. */
function visibleCharacters(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let visible = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let index = 0; index < node.data.length; index++) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5 && rect.bottom <= box.bottom + 0.5) visible++;
      }
    }
    return visible;
  });
}

/** The number of lines an element's text is laid out on. */
function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
  });
}

describe('the word list', () => {
  it('shows the senses of the reading used in the articles, not every reading of the character', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/words?q=${encodeURIComponent('的')}`);
    const de = wordRow(page, '的');
    await expect.poll(() => de.textContent()).toContain("of; ~'s (possessive particle)");
    expect(await de.textContent()).not.toMatch(/taxi/);

    await page.goto(`${app().url}/words?q=${encodeURIComponent('和')}`);
    const he = wordRow(page, '和');
    expect(await he.textContent()).toContain('and; together with');
    expect(await he.textContent()).not.toMatch(/mahjong/);
    await page.close();
  });

  it('still finds a word by a sense of another reading, and says which reading it is', async () => {
    const page = await newPage();
    await page.goto(`${app().url}/words?q=taxi`);
    const de = wordRow(page, '的');
    expect(await de.count()).toBe(1);
    expect(await de.textContent()).toMatch(/dī: a taxi; a cab/);
    await page.close();
  });

  it('shows whole meanings on a 390 px phone', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${app().url}/words?q=${encodeURIComponent('重大')}`);
    const meaning = wordRow(page, '重大').getByText('great; important; major; significant');
    expect(await visibleCharacters(meaning)).toBe('great; important; major; significant'.length);

    await page.goto(`${app().url}/words`);
    const longMeaning = wordRow(page, '的').getByText(/^of; ~'s/);
    expect(await visibleCharacters(longMeaning)).toBeGreaterThanOrEqual(60);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('a word page on a phone', () => {
  it('shows each review date on one line', async () => {
    const page = await newPage(PHONE);
    // Space reveals the answer only once the screen answers keys.
    await openReview(page, app().url);
    const hanzi = (await page.getByTestId('card-hanzi').textContent())!;
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect.poll(() => page.getByTestId('card-hanzi').textContent()).not.toBe(hanzi);

    await page.goto(`${app().url}/words?q=${encodeURIComponent(hanzi)}`);
    await wordRow(page, hanzi).getByRole('link').click();
    await page.waitForURL(/\/words\/\d+$/);
    const date = page.getByText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/).filter({ visible: true });
    expect(await date.count()).toBe(1);
    expect(await lineCount(date)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
