import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openReview, saveSettings, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

// The first page a fresh server renders can take long on a loaded machine: not the test's subject.
beforeAll(async () => {
  await fetch(`${app().url}/review`);
});

/** Elements coloured by tone (a class such as "text-stone-500" is not one). */
const TONED = '.tone-1, .tone-2, .tone-3, .tone-4, .tone-5';

const NO_VOICE = 'No Chinese voice in this browser — install one in your system’s speech settings.';

type Spoken = { text: string; lang: string; voice: string | null };

/** A browser with one zh-CN voice (and an English one), which records what it is asked to say instead of saying it. */
async function withFakeVoice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    (window as unknown as { cikuSpoken: typeof spoken }).cikuSpoken = spoken;
    const voices = [
      { lang: 'en-US', name: 'English', localService: true, default: true, voiceURI: 'en' },
      { lang: 'zh-CN', name: 'Fake Tingting', localService: true, default: false, voiceURI: 'zh' },
    ];
    class FakeUtterance {
      text: string;
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => voices,
        speak: (utterance: FakeUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null }),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    });
  });
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { cikuSpoken: Spoken[] }).cikuSpoken);
const hanziOf = async (page: Page) => (await page.getByTestId('card-hanzi').textContent())!;

/** Every request the page makes goes to the app itself, and the policy refuses nothing. */
function watchRequests(page: Page, appUrl: string) {
  const elsewhere: string[] = [];
  const violations: string[] = [];
  const host = new URL(appUrl).host;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== host) elsewhere.push(request.url());
  });
  page.on('console', (message) => /Content Security Policy|Refused to/i.test(message.text()) && violations.push(message.text()));
  return { elsewhere, violations };
}

async function openWordPage(page: Page, hanzi: string) {
  await page.goto(`${app().url}/words?q=${encodeURIComponent(hanzi)}`);
  await page
    .locator('main li')
    .filter({ has: page.locator('[lang="zh-CN"]', { hasText: new RegExp(`^${hanzi}$`) }) })
    .getByRole('link')
    .click();
  await page.waitForURL(/\/words\/\d+$/);
}

describe('the speaker in a browser without a Chinese voice', () => {
  it('says so on the card, on a press of R and on the word page, instead of failing silently', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    const speaker = page.getByTestId('card-hanzi').locator('..').getByTestId('speak-button');
    await expect.poll(() => speaker.getAttribute('data-voice')).toBe('none');
    expect(await speaker.getAttribute('title')).toBe(NO_VOICE);
    expect(await speaker.getAttribute('aria-label')).toBe('Say the word aloud (no Chinese voice in this browser)');

    await speaker.click();
    const message = page.getByTestId('no-voice-message');
    expect(await message.textContent()).toBe(NO_VOICE);
    expect(await message.isVisible()).toBe(true);
    expect(await speaker.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));

    await page.keyboard.press('r');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe(NO_VOICE);

    await page.keyboard.press('w');
    await page.waitForURL(/\/words\/\d+$/);
    const wordSpeaker = page.getByTestId('speak-button');
    await expect.poll(() => wordSpeaker.getAttribute('data-voice')).toBe('none');
    await wordSpeaker.click();
    expect(await page.getByTestId('no-voice-message').textContent()).toBe(NO_VOICE);
    await page.close();
  });
});

describe('the speaker with a zh-CN voice', () => {
  it('says the word with its button and R, and on the answer side a sentence with its button and Shift+R', async () => {
    const page = await newPage();
    await withFakeVoice(page);
    await openReview(page, app().url);
    const hanzi = await hanziOf(page);
    const speaker = page.getByTestId('card-hanzi').locator('..').getByTestId('speak-button');
    await expect.poll(() => speaker.getAttribute('data-voice')).toBe('ready');
    expect(await speaker.getAttribute('aria-label')).toBe('Say the word aloud');

    await speaker.click();
    await page.keyboard.press('r');
    expect(await spoken(page)).toEqual([
      { text: hanzi, lang: 'zh-CN', voice: 'Fake Tingting' },
      { text: hanzi, lang: 'zh-CN', voice: 'Fake Tingting' },
    ]);

    // Shift+R before the answer shows says nothing; the reveal itself says nothing unless asked to.
    await page.keyboard.press('Shift+R');
    await page.keyboard.press('Space');
    await page.getByTestId('card-answer').waitFor();
    expect(await spoken(page)).toHaveLength(2);

    const sentences = page.getByRole('region', { name: 'Sentences' });
    // The sentence as written: without the reading above the studied word.
    const firstSentence = await sentences
      .locator('p.hanzi')
      .first()
      .evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('rt').forEach((reading) => reading.remove());
        return copy.textContent ?? '';
      });
    await page.keyboard.press('Shift+R');
    await sentences.getByRole('button', { name: 'Say this sentence aloud' }).first().click();
    const said = await spoken(page);
    expect(said.slice(2).map((entry) => entry.text)).toEqual([firstSentence, firstSentence]);
    expect(firstSentence).toContain(hanzi);
    expect(await page.getByTestId('no-voice-message').count()).toBe(0);
    await page.close();
  });

  it('lists R and Shift+R in the keyboard help', async () => {
    const page = await newPage();
    await openReview(page, app().url);
    await page.keyboard.press('?');
    const help = page.getByTestId('keyboard-help');
    expect(await help.textContent()).toContain('Say the word aloud');
    expect(await help.textContent()).toContain('Shift+R');
    await page.close();
  });
});

describe('stroke order', () => {
  it('animates each character on the word page, its data served by the app itself, under the page’s policy', async () => {
    const page = await newPage();
    const { elsewhere, violations } = watchRequests(page, app().url);
    const strokeRequests: string[] = [];
    page.on('response', (response) => response.url().includes('/api/strokes/') && strokeRequests.push(`${response.status()} ${decodeURIComponent(response.url())}`));
    await openWordPage(page, '国家');
    const characters = page.getByTestId('stroke-character');
    expect(await characters.count()).toBe(2);
    await expect.poll(() => characters.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-state')))).toEqual(['ready', 'ready']);
    expect(await characters.first().locator('svg path').count()).toBeGreaterThan(8);

    const play = page.getByRole('button', { name: /^Play the strokes of 国$/ });
    await play.click();
    await expect.poll(() => characters.first().getAttribute('data-state')).toBe('playing');
    await expect.poll(() => characters.first().getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    expect(await page.getByRole('button', { name: /^Replay the strokes of 国$/ }).count()).toBe(1);

    expect(strokeRequests.sort()).toEqual([`200 ${app().url}/api/strokes/国`, `200 ${app().url}/api/strokes/家`]);
    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('opens from the review card’s answer side with a Strokes button', async () => {
    const page = await newPage();
    const { elsewhere, violations } = watchRequests(page, app().url);
    await openReview(page, app().url);
    await page.keyboard.press('Space');
    const strokes = page.getByRole('button', { name: 'Strokes' });
    expect(await strokes.getAttribute('aria-expanded')).toBe('false');
    await strokes.click();
    const characters = page.getByTestId('card-answer').getByTestId('stroke-character');
    await expect.poll(() => characters.first().getAttribute('data-state')).toBe('ready');
    expect(await characters.count()).toBe([...(await hanziOf(page))].length);
    expect(await characters.first().locator('svg path').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Hide strokes' }).click();
    expect(await characters.count()).toBe(0);
    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('answers hostile characters with 400 and unknown ones with 404 over HTTP', async () => {
    for (const hostile of ['ab', '%00', '..%2F..%2Fpackage.json', '%E5%9B%BD%E5%AE%B6', 'x'.repeat(10_000)]) {
      const response = await fetch(`${app().url}/api/strokes/${hostile}`);
      expect(response.status, hostile.slice(0, 30)).toBe(400);
    }
    expect((await fetch(`${app().url}/api/strokes/${encodeURIComponent('𠀀')}`)).status).toBe(404);
    const found = await fetch(`${app().url}/api/strokes/${encodeURIComponent('国')}`);
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await found.json()).strokes).toHaveLength(8);
  });
});

describe('the Display settings', () => {
  it('turn on pinyin above the characters, tone colours and reading aloud on reveal, on the card, the word page and the word list', async () => {
    const page = await newPage();
    await withFakeVoice(page);
    await page.goto(`${app().url}/settings`);
    const display = page.getByRole('group', { name: 'Display' });
    for (const label of ['Pinyin above the characters', 'Colour pinyin by tone', 'Read the word aloud on reveal']) {
      const box = display.getByLabel(label);
      expect(await box.isChecked(), label).toBe(false);
      await box.check();
    }
    expect(await saveSettings(page)).toBe('Settings saved.');
    await page.reload();
    expect(await display.getByLabel('Colour pinyin by tone').isChecked()).toBe(true);

    await openReview(page, app().url);
    const hanzi = await hanziOf(page);
    expect(await page.getByTestId('card-answer').count()).toBe(0);
    await page.keyboard.press('Space');
    const answer = page.getByTestId('card-answer');
    await answer.waitFor();
    expect((await spoken(page)).map((entry) => entry.text)).toEqual([hanzi]);

    expect(await page.getByTestId('card-pinyin').locator(TONED).count()).toBeGreaterThanOrEqual(1);
    const firstSentence = answer.locator('[data-ruby]').first();
    const readings = await firstSentence.locator('rt').allTextContents();
    expect(readings.length).toBeGreaterThan(3);
    expect(await firstSentence.locator(`ruby:is(${TONED})`).count()).toBeGreaterThan(3);
    // Each tone has its own colour: every tone's class is built into the style sheet.
    const colours = await answer.locator(TONED).evaluateAll((elements) =>
      Object.fromEntries(elements.map((element) => [[...element.classList].find((name) => /^tone-\d$/.test(name)), getComputedStyle(element).color])),
    );
    expect(Object.keys(colours).length).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(colours)).size).toBe(Object.keys(colours).length);

    await openWordPage(page, '国家');
    expect(await page.getByTestId('word-pinyin').locator('span').evaluateAll((spans) => spans.map((span) => span.className))).toEqual(['tone-2', 'tone-1']);
    await page.goto(`${app().url}/words?q=${encodeURIComponent('国家')}`);
    expect(await page.locator('main li .tone-2').first().textContent()).toBe('guó');
    await page.close();
  });

  it('turn off again: no ruby, no colours and nothing said on reveal', async () => {
    const page = await newPage();
    await withFakeVoice(page);
    await page.goto(`${app().url}/settings`);
    const display = page.getByRole('group', { name: 'Display' });
    for (const label of ['Pinyin above the characters', 'Colour pinyin by tone', 'Read the word aloud on reveal']) await display.getByLabel(label).uncheck();
    expect(await saveSettings(page)).toBe('Settings saved.');

    await openReview(page, app().url);
    await page.keyboard.press('Space');
    const answer = page.getByTestId('card-answer');
    await answer.waitFor();
    expect(await spoken(page)).toEqual([]);
    expect(await answer.locator('[data-ruby]').count()).toBe(0);
    expect(await answer.locator(TONED).count()).toBe(0);
    await page.close();
  });
});
