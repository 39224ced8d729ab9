import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { connect, type Db } from '@/lib/db/client';
import { startApp, type RunningApp } from '@/scripts/support/app-server';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export const E2E_DIST_DIR = '.next-e2e';

export interface SeededApp extends RunningApp {
  dataDir: string;
  /** Runs the seed script against this app's embedded database (fails while the app holds it). */
  seed(extraArgs?: string[]): SpawnSyncReturns<string>;
  /** Stops the server and removes its database. */
  destroy(): Promise<void>;
}

/** The id Next.js gave a Server Action in the end-to-end build, as a page's script would send it. */
export function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(E2E_DIST_DIR, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!found) throw new Error(`No Server Action named ${exportedName} in ${E2E_DIST_DIR}`);
  return found[0];
}

export function seedInto(dataDir: string, extraArgs: string[] = [], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-seed.ts', ...extraArgs], {
    env: { ...process.env, CIKU_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
}

/** The built app on a new embedded database holding the seed article, changed first by `prepare` if given. */
export async function startSeededApp(env: Record<string, string> = {}, prepare?: (db: Db) => Promise<unknown>): Promise<SeededApp> {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-e2e-')), 'pglite');
  // A copy of the database the global setup seeded: the same as seeding it, in a fraction of the time.
  fs.cpSync(inject('seededTemplate'), dataDir, { recursive: true });
  if (prepare) {
    const connection = await connect({ kind: 'pglite', dataDir });
    try {
      await prepare(connection.db);
    } finally {
      await connection.close();
    }
  }
  const app = await startApp(E2E_DIST_DIR, { CIKU_DATA_DIR: dataDir, DATABASE_URL: '', TZ: 'UTC', ...env });
  return {
    ...app,
    dataDir,
    seed: (extraArgs = []) => seedInto(dataDir, extraArgs),
    destroy: async () => {
      await app.stop();
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A page in a fresh context (its own storage) that fails the test on any uncaught page error. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ timezoneId: 'UTC', ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('close', () => void context.close().catch(() => {}));
  return page;
}

export interface SeededAppInTests {
  /** The running app (only once the file's beforeAll hooks have run). */
  app(): SeededApp;
  /** A page in a fresh context of the file's browser, as `newPage` gives. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Registers hooks that start a seeded app (as `startSeededApp`) and a browser before the file's tests, and stop both after them. */
export function useSeededApp(env: Record<string, string> = {}, prepare?: (db: Db) => Promise<unknown>): SeededAppInTests {
  let app: SeededApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startSeededApp(env, prepare);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.destroy();
  });
  return {
    app: () => app ?? fail('the seeded app has not started'),
    newPage: (options) => newPage(browser ?? fail('the browser has not started'), options),
  };
}

function fail(message: string): never {
  throw new Error(message);
}

/** Submits the settings form and waits for the answer to be shown; returns the form's status message. */
export async function saveSettings(page: Page): Promise<string | null> {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/settings');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await answered;
  await expect.poll(() => page.getByRole('button', { name: 'Save settings' }).isEnabled()).toBe(true);
  return page.getByTestId('settings-message').textContent();
}

/** Opens the review screen and waits until it answers keys (hydrated). */
export async function openReview(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/review`);
  await page.locator('[data-testid="review-session"][data-ready]').waitFor();
}
