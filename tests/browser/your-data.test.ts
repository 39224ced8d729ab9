import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gradeCard } from '@/lib/data/review';
import { getCurrentUser } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { useSeededApp } from './harness';

const REVIEWS = 5;

/** A few answers, one without a measured duration, so the downloads have a history to hold. */
async function answerSomeCards(db: Db) {
  const user = await getCurrentUser(db);
  const cards = await db.card.findMany({ where: { userId: user.id, word: { isName: false } }, orderBy: { id: 'asc' }, take: REVIEWS });
  for (const [index, card] of cards.entries()) {
    const at = new Date(Date.UTC(2026, 2, 10, 1, index));
    const input = { cardId: card.id, expectedVersion: card.version, grade: 'good' as const, requestId: randomUUID(), durationMs: index === 0 ? undefined : 1_000 * index };
    const result = await gradeCard(db, user, input, at);
    if (!result.ok) throw new Error(result.message);
  }
}

const { app, newPage } = useSeededApp({}, answerSomeCards);

/** Opens /settings, noting every Content-Security-Policy violation the page reports. */
async function openSettings(): Promise<{ page: Page; violations: string[] }> {
  const page = await newPage({ acceptDownloads: true });
  const violations: string[] = [];
  page.on('console', (message) => /Content Security Policy|Refused to/i.test(message.text()) && violations.push(message.text()));
  await page.goto(`${app().url}/settings`);
  return { page, violations };
}

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  expect(await file.failure()).toBeNull();
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
}

describe('Settings → Your data', () => {
  it('downloads the review log as CSV for the FSRS optimisers, under the page’s CSP', async () => {
    const { page, violations } = await openSettings();
    await expect.poll(() => page.getByRole('heading', { name: 'Your data' }).isVisible()).toBe(true);
    expect(await page.getByText(`Your ${REVIEWS} reviews in the columns`).isVisible()).toBe(true);
    const csv = await download(page, 'Download your review log (CSV)');
    expect(csv.name).toMatch(/^ciku-reviews-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csv.text.trimEnd().split('\n');
    expect(header).toBe('card_id,review_time,review_rating,review_state,review_duration');
    expect(rows).toHaveLength(REVIEWS);
    expect(rows[0]).toMatch(/^\d+,1773104400000,3,0,0$/);
    expect(rows[1]).toMatch(/^\d+,1773104460000,3,0,1000$/);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('downloads the complete backup as JSON, under the page’s CSP', async () => {
    const { page, violations } = await openSettings();
    const backup = await download(page, 'Download a complete backup (JSON)');
    expect(backup.name).toMatch(/^ciku-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(backup.text);
    expect(parsed).toMatchObject({ format: 'ciku-backup', version: 1 });
    expect(parsed.reviewLogs).toHaveLength(REVIEWS);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.cards.length).toBe(parsed.words.length);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('answers with the right types, as attachments with the API’s headers, and refuses another site', async () => {
    for (const [path, type, extension] of [
      ['/api/export/reviews', 'text/csv; charset=utf-8', 'csv'],
      ['/api/export/backup', 'application/json; charset=utf-8', 'json'],
    ]) {
      const response = await fetch(`${app().url}${path}`, { headers: { 'sec-fetch-site': 'same-origin' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="ciku-[a-z]+-\\d{4}-\\d{2}-\\d{2}\\.${extension}"$`));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('cache-control')).toBe('no-store');
      await response.arrayBuffer();

      const crossSite = await fetch(`${app().url}${path}`, { headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' } });
      expect(crossSite.status).toBe(403);
      expect((await crossSite.json()).error).toBe('cross-site');
      const post = await fetch(`${app().url}${path}`, { method: 'POST' });
      expect(post.status).toBe(405);
    }
  });
});
