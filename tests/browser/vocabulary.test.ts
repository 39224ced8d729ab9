import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReview, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

async function openWord(page: Page, hanzi: string) {
  await page.goto(`${app().url}/words?q=${encodeURIComponent(hanzi)}`);
  await page.locator('main li a', { hasText: hanzi }).first().click();
  await page.waitForURL(/\/words\/\d+$/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(hanzi);
}

describe('the words of an article, as a learner sees them', () => {
  it('show the reading each sentence uses: 为 wéi in 以…为核心, wèi elsewhere, and both readings’ senses', async () => {
    const page = await newPage();
    await openWord(page, '为');
    const readings = await page.getByTestId('sentence-reading').allTextContents();
    expect(new Set(readings)).toEqual(new Set(['wèi', 'wéi']));
    const core = page.locator('li', { hasText: '以习近平同志为' }).first();
    expect(await core.getByTestId('sentence-reading').textContent()).toBe('wéi');
    expect(await page.getByTestId('meanings').textContent()).toMatch(/Also wé?i/);
    await page.close();
  });

  it('mark a meaning composed from a word’s parts when the dictionary lacks the word', async () => {
    const page = await newPage();
    await openWord(page, '沉渣泛起');
    expect(await page.getByTestId('composed-meaning').textContent()).toContain('Not in the dictionary');
    expect(await page.getByTestId('meanings').textContent()).toMatch(/沉.*·.*泛起/);
    await page.close();
  });

  it('keep names out of the new cards until the learner asks for one, which then comes first', async () => {
    const page = await newPage();
    await page.goto(app().url);
    expect(await page.getByTestId('names-waiting').textContent()).toMatch(/^\d+ names, not among your new cards/);
    await page.goto(`${app().url}/words?filter=names`);
    expect(await page.locator('main li [lang="zh-CN"]').allTextContents()).toEqual(expect.arrayContaining(['习近平', '联合国']));
    await openWord(page, '普京');
    expect(await page.getByTestId('name-note').textContent()).toMatch(/A name/);
    await page.getByRole('button', { name: 'Learn this name' }).click();
    await expect.poll(() => page.getByTestId('card-message').textContent()).toBe('It comes first among your new cards.');
    await openReview(page, app().url);
    expect(await page.getByTestId('card-hanzi').textContent()).toBe('普京');
    await page.close();
  });

  it('show the reading above the word in each sentence of the review card', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    await page.keyboard.press('Space');
    await page.getByTestId('card-answer').waitFor();
    const pinyin = await page.getByTestId('card-pinyin').textContent();
    const readings = await page.getByTestId('card-answer').getByTestId('sentence-reading').allTextContents();
    expect(readings.length).toBeGreaterThan(0);
    expect(readings).toContain(pinyin);
    await page.close();
  });
});
