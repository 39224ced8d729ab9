import { describe, expect, it } from 'vitest';
import { useSeededApp } from './harness';

// Bad input in an address gets a 4xx or a sensible page, never a 500 from the database.

const { app, newPage } = useSeededApp();

async function status(path: string): Promise<number> {
  const response = await fetch(`${app().url}${path}`, { redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

describe('bad addresses', () => {
  it('answers 404 for word ids that are not plain 32-bit decimal numbers', async () => {
    expect(await status('/words/1')).toBe(200);
    for (const id of ['9007199254740991', '2147483648', '2147483647', '99999999999999999999999', '1e3', '0x10', '010', '+5', '1.0', '0', '-1', '%201', 'abc']) {
      expect(await status(`/words/${id}`), `/words/${id}`).toBe(404);
    }
  });

  it('shows the last page for a page number past the end, and the first for one that is not a number', async () => {
    const page = await newPage();
    const pages = page.getByRole('navigation', { name: 'Pages' });
    for (const pageNumber of ['999999999999999999', '2147483648', '100']) {
      const response = await page.goto(`${app().url}/words?page=${pageNumber}`);
      expect(response?.status(), `page=${pageNumber}`).toBe(200);
      expect(await pages.textContent(), `page=${pageNumber}`).toMatch(/Page (\d+) of \1$/);
      expect(await page.locator('main li').count(), `page=${pageNumber}`).toBeGreaterThan(0);
    }
    for (const pageNumber of ['-3', '0', 'abc', '1e3', '2.5']) {
      const response = await page.goto(`${app().url}/words?page=${pageNumber}`);
      expect(response?.status(), `page=${pageNumber}`).toBe(200);
      expect(await pages.textContent(), `page=${pageNumber}`).toMatch(/^Page 1 of \d+Next/);
    }
    await page.close();
  });

  it('never fails on a hostile search', async () => {
    const queries = ['%00', 'a%00b', '%01%1F%7F', '%ED%A0%80', '%F0%9F', '%C0%80', 'x'.repeat(5000), encodeURIComponent('重'.repeat(1000)),
      ...['(', '[', '\\', '\\m', 'a{99999}', '.*', '%', '_', '%_\\', "'; DROP TABLE \"Word\"; --", '$1', '?'].map(encodeURIComponent)];
    for (const query of queries) {
      expect(await status(`/words?q=${query}`), `q=${query.slice(0, 40)}`).toBe(200);
    }
    const page = await newPage();
    await page.goto(`${app().url}/words?q=zhong%00da`);
    expect(await page.getByTestId('word-count').textContent()).toMatch(/matching “zhongda”/);
    expect(await page.locator('main li [lang="zh-CN"]').allTextContents()).toContain('重大');
    await page.close();
  });
});
