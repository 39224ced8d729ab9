import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_BROWSER_ARTICLE_BYTES } from '@/lib/text/article-input';
import { useSeededApp } from './harness';

const { app, newPage } = useSeededApp();

// Unsegmented, as a learner pastes it; 鹦鹉 (parrot), 羽毛 and 模仿 are in no other article.
const PARROTS = '鹦鹉是一种很聪明的鸟。它的羽毛非常漂亮，还会模仿人说话。我们都喜欢鹦鹉。';

async function openImport(page: Page): Promise<void> {
  // The first load of the page after an import can wait for the server on a loaded machine.
  await page.goto(`${app().url}/articles/new`, { timeout: 90_000 });
  // Hydrated: the form answers its buttons.
  await page.locator('form[data-ready]').waitFor();
}

async function articleCount(): Promise<number> {
  const html = await (await fetch(`${app().url}/articles/new`)).text();
  return (html.match(/sentences? · imported/g) ?? []).length;
}

async function previewAndImport(page: Page, text: string, title: string): Promise<string> {
  if (text) await page.getByLabel('Text').fill(text);
  await page.getByLabel('Title (required)').fill(title);
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('region', { name: 'Preview' }).waitFor();
  await page.getByRole('button', { name: /^Import “/ }).click();
  const result = page.getByTestId('import-result');
  await result.waitFor({ timeout: 60_000 });
  return (await result.textContent()) ?? '';
}

async function wordPage(page: Page, hanzi: string, filter = 'all'): Promise<void> {
  await page.goto(`${app().url}/words?q=${encodeURIComponent(hanzi)}&filter=${filter}`);
  await page.locator('main li a', { has: page.locator('[lang="zh-CN"]', { hasText: new RegExp(`^${hanzi}$`) }) }).click();
  await page.waitForURL(/\/words\/\d+$/);
}

describe('importing an article in the browser', () => {
  it('previews a pasted unsegmented paragraph, imports it with progress, and its words are in /words', async () => {
    const page = await newPage();
    await openImport(page);
    expect(await page.getByTestId('import-limits').textContent()).toMatch(/At most 1 MB/);
    await page.getByLabel('Text').fill(PARROTS);
    await page.getByLabel('Title (required)').fill('鹦鹉');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.waitFor();
    expect(await page.getByTestId('preview-summary').textContent()).toMatch(/^3 sentences, .* no spaces between its words/);
    expect(await page.getByTestId('preview-sentences').locator('li').allTextContents()).toEqual(['鹦鹉是一种很聪明的鸟。', '它的羽毛非常漂亮，还会模仿人说话。', '我们都喜欢鹦鹉。']);
    // 鹦鹉, 羽毛, 模仿… are new; 我们, 喜欢, 的… are the seed article's, already in the queue.
    expect(Number(await page.getByTestId('preview-new').textContent())).toBeGreaterThanOrEqual(3);
    expect(Number(await page.getByTestId('preview-queued').textContent())).toBeGreaterThanOrEqual(3);

    const polled: string[] = [];
    page.on('response', (response) => {
      if (/\/api\/articles\/import\/[0-9a-f-]{36}$/.test(response.url())) polled.push(response.url());
    });
    await page.getByRole('button', { name: 'Import “鹦鹉”' }).click();
    await page.getByRole('region', { name: /Import (progress|result)/ }).waitFor();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 60_000 });
    expect(polled.length).toBeGreaterThan(0);
    expect(await result.textContent()).toMatch(/^Imported “鹦鹉”: 3 sentences/);
    expect(await page.getByRole('link', { name: 'Read the article' }).getAttribute('href')).toMatch(/^\/articles\/\d+$/);
    await page.getByRole('link', { name: 'See your words' }).click();
    await page.waitForURL(/\/words$/);
    await page.goto(`${app().url}/words?q=${encodeURIComponent('鹦鹉')}`);
    expect(await page.getByTestId('word-count').textContent()).toMatch(/^1 word/);

    // The same text again creates nothing, and says so.
    await openImport(page);
    await page.getByLabel('Text').fill(PARROTS);
    await page.getByLabel('Title (required)').fill('另一个标题');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/already imported as “鹦鹉”: importing it again changes nothing/);
    const before = await articleCount();
    await page.getByRole('button', { name: 'Import anyway' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-result').textContent()).toMatch(/Nothing new: this text is already imported as “鹦鹉”/);
    expect(await articleCount()).toBe(before);
  });

  it('imports an uploaded .txt file, titled by its name', async () => {
    const page = await newPage();
    await openImport(page);
    await page.getByLabel('…or a .txt file (UTF-8)').setInputFiles({ name: '大熊猫.txt', mimeType: 'text/plain', buffer: Buffer.from('大熊猫生活在四川的山里。它们每天吃很多竹子。\n') });
    await expect.poll(() => page.getByLabel('Title (required)').inputValue()).toBe('大熊猫');
    expect(await page.getByLabel('Text').inputValue()).toMatch(/^大熊猫生活在四川的山里。/);
    expect(await previewAndImport(page, '', '大熊猫')).toMatch(/^Imported “大熊猫”: 2 sentences/);
  });

  it('asks whether a text with a taken title updates that article, and an update keeps the progress', async () => {
    const page = await newPage();
    await openImport(page);
    await page.getByLabel('Text').fill('鹦鹉是一种很聪明的鸟。它会说“你好”。');
    await page.getByLabel('Title (required)').fill('鹦鹉');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/An article titled “鹦鹉” exists/);
    // Asked without an answer, the route refuses and says why.
    const refused = await page.evaluate(async (text) => {
      const response = await fetch('/api/articles/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, title: '鹦鹉' }) });
      return { status: response.status, body: await response.json() };
    }, '鹦鹉是一种很聪明的鸟。它会说“你好”。');
    expect(refused).toMatchObject({ status: 409, body: { error: 'title-taken' } });
    expect(await page.getByRole('button', { name: 'Import as a new article, “鹦鹉 (2)”' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Update “鹦鹉”' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-result').textContent()).toMatch(/^Updated “鹦鹉”: 2 sentences.*1 sentence added, 2 removed; every card and review is kept\./);
  });

  it('refuses empty, English-only, binary and oversized input with a clear message, writing nothing', async () => {
    const page = await newPage();
    await openImport(page);
    const before = await articleCount();
    const alert = page.locator('form [role="alert"]');

    await page.getByLabel('Title (required)').fill('空');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => alert.textContent()).toMatch(/The text is empty/);

    await page.getByLabel('Text').fill('Only English words here, nothing else.');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => alert.textContent()).toMatch(/contains no Chinese/);

    const file = page.getByLabel('…or a .txt file (UTF-8)');
    await file.setInputFiles({ name: 'picture.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    await expect.poll(() => alert.textContent()).toMatch(/picture\.txt looks binary/);
    await file.setInputFiles({ name: 'gbk.txt', mimeType: 'text/plain', buffer: Buffer.from([0xc4, 0xe3, 0xba, 0xc3]) });
    await expect.poll(() => alert.textContent()).toMatch(/gbk\.txt is not UTF-8/);
    await file.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(MAX_BROWSER_ARTICLE_BYTES + 1, 'a') });
    await expect.poll(() => alert.textContent()).toMatch(/huge\.txt is too large\. An article imported here can be at most 1 MB/);

    // The routes refuse the same without the page: oversized (by its declared size, before reading), binary, hostile.
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${app().url}/api/articles/import`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { error: string; message: string },
      }));
    const huge = JSON.stringify({ text: '中'.repeat(MAX_BROWSER_ARTICLE_BYTES / 2), title: '大' });
    expect(await post(huge)).toMatchObject({ status: 413, body: { message: expect.stringMatching(/at most 1 MB/) } });
    expect(await post(JSON.stringify({ text: '中'.repeat(MAX_BROWSER_ARTICLE_BYTES / 3 + 1), title: '大' }))).toMatchObject({ status: 413 });
    expect(await post(JSON.stringify({ text: '中文\u0000中文', title: 't' }))).toMatchObject({ status: 422, body: { message: expect.stringMatching(/NUL/) } });
    expect(await post(JSON.stringify({ text: '中文', title: 't\u0000' }))).toMatchObject({ status: 422, body: { message: expect.stringMatching(/title contains a NUL/) } });
    expect(await post(JSON.stringify({ text: '中文', title: '题'.repeat(100_000) }))).toMatchObject({ status: 422, body: { message: expect.stringMatching(/at most 200/) } });
    expect(await post(JSON.stringify({ text: '中文', title: '' }))).toMatchObject({ status: 422 });
    expect(await post(JSON.stringify({ text: 5, title: 't' }))).toMatchObject({ status: 400 });
    expect(await post('{"text":')).toMatchObject({ status: 400 });
    expect(await post(JSON.stringify({ text: '中文', title: 't' }), { 'content-type': 'text/plain' })).toMatchObject({ status: 415 });
    expect(await post(JSON.stringify({ text: '中文', title: 't' }), { origin: 'http://evil.test' })).toMatchObject({ status: 403 });
    expect(await post(JSON.stringify({ text: '中文', title: 't' }), { 'sec-fetch-site': 'cross-site' })).toMatchObject({ status: 403 });
    for (const id of ['00000000-0000-0000-0000-000000000000', '2147483648', 'nope']) {
      const response = await fetch(`${app().url}/api/articles/import/${id}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toMatch(/There is no import with that id/);
    }
    expect((await fetch(`${app().url}/api/articles/import`)).status).toBe(405);
    expect(await articleCount()).toBe(before);
  });

  it('deletes an article: its words leave the queue with their history, and importing the text again brings them back as they were', async () => {
    const page = await newPage();
    await openImport(page);
    const text = '孔雀开屏的时候非常美丽。孔雀的尾巴很长。';
    expect(await previewAndImport(page, text, '孔雀')).toMatch(/^Imported “孔雀”/);

    // Study 孔雀 once: its card is in review, with one answer in its history.
    await wordPage(page, '孔雀');
    const cardId = Number(await page.locator('input[name="cardId"]').getAttribute('value'));
    const graded = await page.evaluate(async ({ cardId, requestId }) => {
      const response = await fetch('/api/review/grade', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cardId, version: 0, grade: 'easy', requestId }) });
      return response.status;
    }, { cardId, requestId: randomUUID() });
    expect(graded).toBe(200);
    await page.reload();
    const badge = async () => (await page.locator('main section').first().textContent()) ?? '';
    expect(await badge()).toMatch(/Review/);
    const history = async () => page.locator('#history ~ * tbody tr, #history ~ ol li').count();
    const reviewed = await history();
    expect(reviewed).toBeGreaterThan(0);

    await openImport(page);
    const row = page.locator('li', { has: page.getByRole('link', { name: '孔雀', exact: true }) });
    await row.getByRole('button', { name: 'Delete…' }).click();
    await row.getByRole('button', { name: 'Delete it' }).click();
    await expect.poll(() => page.getByTestId('delete-summary').textContent()).toMatch(/^Deleted “孔雀” and its 2 sentences; \d+ words are now in no article; \d+ of them leave your queue, their history is kept/);
    await expect.poll(() => page.getByRole('link', { name: '孔雀', exact: true }).count()).toBe(0);

    await page.goto(`${app().url}/words?q=${encodeURIComponent('孔雀')}`);
    expect(await page.getByTestId('word-count').textContent()).toMatch(/^0 words/);
    await wordPage(page, '孔雀', 'retired');
    expect(await page.getByTestId('retired-note').textContent()).toMatch(/Its review history is kept below, and it comes back if an article uses it again/);
    expect(await history()).toBe(reviewed);
    // Nothing of it is due: the queue never offers it.
    const queue = await page.evaluate(async () => (await fetch('/api/review/queue', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json());
    expect(JSON.stringify(queue)).not.toContain('孔雀');

    await openImport(page);
    await page.getByLabel('Text').fill(text);
    await page.getByLabel('Title (required)').fill('孔雀');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Preview' }).textContent()).toMatch(/\d+ words? comes? back to your queue with its history/);
    expect(await previewAndImport(page, '', '孔雀')).toMatch(/^Imported “孔雀”/);
    await wordPage(page, '孔雀');
    expect(Number(await page.locator('input[name="cardId"]').getAttribute('value'))).toBe(cardId);
    expect(await badge()).toMatch(/Review/);
    expect(await history()).toBe(reviewed);
    expect(await page.getByTestId('retired-note').count()).toBe(0);
  });
});
