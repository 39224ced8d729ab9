import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

interface Download {
  url: string;
  type: string;
  bytes: number;
}

/** Opens a page and records every request it makes until its fonts have loaded. */
async function openRecording(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; downloads: Download[] }> {
  const page = await newPage(options);
  const downloads: Download[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) =>
    pending.push(
      request.sizes().then((sizes) => {
        downloads.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize });
      }),
    ),
  );
  await page.goto(`${app().url}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await Promise.all(pending);
  return { page, downloads };
}

/** The fonts Chromium really drew an element's text with (the DevTools "Rendered fonts"). */
async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** For every web font face the page loaded: does its unicode-range cover a character the page shows? */
function loadedFacesAndUse(page: Page): Promise<{ family: string; usedByPage: boolean }[]> {
  return page.evaluate(() => {
    const text = document.body.innerText + [...document.querySelectorAll('input')].map((input) => input.placeholder + input.value).join('');
    const codePoints = new Set([...text].map((character) => character.codePointAt(0)!));
    const covers = (unicodeRange: string) =>
      unicodeRange.split(',').some((part) => {
        const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
        const [low, high] = [Number.parseInt(from, 16), Number.parseInt(to, 16)];
        return [...codePoints].some((codePoint) => codePoint >= low && codePoint <= high);
      });
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => ({ family: face.family.replace(/["']/g, ''), usedByPage: covers(face.unicodeRange) }));
  });
}

describe('Chinese text', () => {
  it('is drawn with the web font the app serves itself, downloading only the subsets the page uses', async () => {
    const { page, downloads } = await openRecording('/words/1');
    expect(downloads.filter((download) => new URL(download.url).origin !== app().url)).toEqual([]);

    const headword = await renderedFonts(page, 'h1[lang="zh-CN"]');
    expect(headword).toEqual([expect.objectContaining({ familyName: expect.stringMatching(/^Noto Serif SC/), isCustomFont: true })]);
    const sentence = await renderedFonts(page, 'main li p[lang="zh-CN"]');
    expect(sentence).toEqual([expect.objectContaining({ familyName: expect.stringMatching(/^Noto Serif SC/), isCustomFont: true })]);
    const highlight = await renderedFonts(page, 'main li p[lang="zh-CN"] mark');
    expect(highlight).toEqual([expect.objectContaining({ familyName: expect.stringMatching(/^Noto Serif SC/), isCustomFont: true })]);

    const fonts = downloads.filter((download) => download.type === 'font');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => /\.woff2$/.test(new URL(font.url).pathname))).toBe(true);
    const faces = await loadedFacesAndUse(page);
    expect(faces.length).toBe(fonts.length);
    expect(faces.filter((face) => !face.usedByPage)).toEqual([]);
    const declared = await page.evaluate(() => document.fonts.size);
    expect(fonts.length).toBeLessThan(declared / 4);
    expect(fonts.reduce((sum, font) => sum + font.bytes, 0)).toBeLessThan(1_500_000);
    await page.close();
  });

  it('in ordinary interface text uses the sans-serif web font', async () => {
    const { page } = await openRecording(`/words?q=${encodeURIComponent('重大')}`);
    const count = await renderedFonts(page, '[data-testid="word-count"]');
    expect(count).toContainEqual(expect.objectContaining({ familyName: expect.stringMatching(/^Noto Sans SC/), isCustomFont: true }));
    await page.close();
  });
});

describe('icons', () => {
  it('serves /favicon.ico as a real icon and links an icon from every page', async () => {
    const response = await fetch(`${app().url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    const icon = Buffer.from(await response.arrayBuffer());
    expect([...icon.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(icon.readUInt16LE(4)).toBeGreaterThanOrEqual(2);

    const page = await newPage();
    for (const route of ['/', '/words', '/words/1', '/settings']) {
      await page.goto(`${app().url}${route}`);
      const links = await page.locator('link[rel~="icon"], link[rel="apple-touch-icon"]').evaluateAll((elements) => elements.map((element) => (element as HTMLLinkElement).href));
      expect(links.length, route).toBeGreaterThanOrEqual(2);
      for (const href of links) {
        const linked = await fetch(href);
        expect(linked.status, href).toBe(200);
        expect(linked.headers.get('content-type'), href).toMatch(/^image\//);
      }
    }
    await page.close();
  });
});
