import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '@/scripts/support/app-server';
import { createScratchDatabase, type ScratchDatabase } from '@/scripts/support/scratch-postgres';
import { E2E_DIST_DIR, seedInto, serverActionId } from './harness';

const ADMIN_URL = process.env.TEST_DATABASE_URL;

/**
 * A TCP proxy in front of the PostgreSQL server that can forward, hang (accept and never answer, as a hung
 * server or a dead network path does) or be down (drop every connection).
 */
class FlakyProxy {
  mode: 'forward' | 'hang' | 'down' = 'forward';
  private readonly sockets = new Set<net.Socket>();
  private readonly server = net.createServer((client) => this.accept(client));
  port = 0;

  constructor(private readonly upstreamPort: number) {}

  async listen() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  private accept(client: net.Socket) {
    client.on('error', () => {});
    if (this.mode === 'down') return client.destroy();
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    if (this.mode === 'hang') return;
    const upstream = net.connect(this.upstreamPort, '127.0.0.1');
    upstream.on('error', () => client.destroy());
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    client.on('close', () => upstream.destroy());
    // Bytes flow only while forwarding: a hung server swallows what it is sent and answers nothing.
    client.on('data', (data) => this.mode === 'forward' && upstream.write(data));
    upstream.on('data', (data) => this.mode === 'forward' && client.write(data));
  }

  set(mode: FlakyProxy['mode']) {
    this.mode = mode;
    // The server is down, or comes back as if restarted: connections from before are gone.
    if (mode !== 'hang') for (const socket of this.sockets) socket.destroy();
  }

  async close() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

let proxy: FlakyProxy;
let app: RunningApp;
let database: ScratchDatabase | undefined;

beforeAll(async () => {
  if (!ADMIN_URL) return;
  database = await createScratchDatabase(ADMIN_URL, 'ciku_outage');
  const seeded = seedInto('', [], { DATABASE_URL: database.url });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  const direct = new URL(database.url);
  proxy = new FlakyProxy(Number(direct.port || 5432));
  await proxy.listen();
  const viaProxy = new URL(direct);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  app = await startApp(E2E_DIST_DIR, { DATABASE_URL: viaProxy.toString(), TZ: 'UTC' });
});

afterAll(async () => {
  await app?.stop();
  await proxy?.close();
  await database?.drop();
});

// Every request must be answered within this bound, never hang.
const request = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(20_000), ...init });
const queue = () => request('/api/review/queue', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

async function expectWorking() {
  expect((await request('/api/health')).status).toBe(200);
  expect((await queue()).status).toBe(200);
  expect((await request('/review')).status).toBe(200);
}

async function expectClearlyUnavailable(reason: RegExp) {
  const api = await queue();
  expect(api.status).toBe(503);
  const body = await api.json();
  expect(body).toMatchObject({ ok: false, error: 'unavailable' });
  expect(body.message).toMatch(/^Ciku cannot use its database \(PostgreSQL 127\.0\.0\.1:\d+\/ciku_outage_\w+\): \S/);
  expect(body.message).toMatch(reason);

  const page = await request('/review');
  expect(page.status).toBe(307);
  expect(page.headers.get('location')).toMatch(/\/unavailable$/);
  const explained = await (await request('/unavailable')).text();
  expect(explained).toContain('Ciku cannot reach its database');
  expect(/data-testid="database-problem"[^>]*>([^<]*)</.exec(explained)?.[1]).toMatch(/\): \S/);

  const health = await request('/api/health');
  expect(health.status).toBe(503);
  expect(health.headers.get('cache-control')).toContain('no-store');
}

describe.skipIf(!ADMIN_URL)('a PostgreSQL server that misbehaves', () => {
  it('hung (accepts connections, never answers): every page and API answers within seconds, and all works again when it does', async () => {
    await expectWorking();
    proxy.set('hang');
    await expectClearlyUnavailable(/time|answer/i);
    proxy.set('forward');
    await expect.poll(async () => (await request('/api/health')).status, { timeout: 20_000, interval: 500 }).toBe(200);
    await expectWorking();
  });

  it('gone (right after a request cached the learner): 503 with the reason, not a 500 or an empty body, then back', async () => {
    await expectWorking();
    proxy.set('down');
    await expectClearlyUnavailable(/closed|reach|terminated|connect/i);
    proxy.set('forward');
    await expect.poll(async () => (await request('/api/health')).status, { timeout: 20_000, interval: 500 }).toBe(200);
    await expectWorking();
  });

  it('gone: a form’s action answers that nothing was changed and why, as the page’s script shows it, not a 500', async () => {
    await expectWorking();
    // Each action is called on a page that has it, as that page's script calls it.
    const call = (path: string, name: string, args: unknown[]) =>
      request(path, {
        method: 'POST',
        headers: { 'next-action': serverActionId(name), 'content-type': 'text/plain;charset=UTF-8', origin: app.url, accept: 'text/x-component' },
        body: JSON.stringify(args),
      });
    proxy.set('down');
    try {
      for (const [path, name, args] of [['/', 'adoptTimeZone', ['Europe/Paris']], ['/articles/1', 'saveReadingOptions', [{ rubyPinyin: true }]]] as const) {
        const answer = await call(path, name, [...args]);
        expect(answer.status, name).toBe(200);
        expect(await answer.text(), name).toMatch(/Nothing was changed: Ciku cannot use its database \(PostgreSQL [^)]*\): \S/);
      }
    } finally {
      proxy.set('forward');
    }
    await expect.poll(async () => (await request('/api/health')).status, { timeout: 20_000, interval: 500 }).toBe(200);
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    try {
      expect((await client.query('SELECT "timeZone", "rubyPinyin" FROM "User"')).rows).toEqual([{ timeZone: 'UTC', rubyPinyin: false }]);
    } finally {
      await client.end();
    }
  });

  it('answers a failing query that is not an outage (a column gone) with a 500 that shows no stack, and logs it', async () => {
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    try {
      await client.query('ALTER TABLE "Word" RENAME COLUMN pinyin TO pinyin_gone');
      const api = await queue();
      expect(api.status).toBe(500);
      expect(await api.json()).toMatchObject({ ok: false, error: 'server', message: expect.stringMatching(/logged/) });
      const page = await request('/words?q=taxi');
      expect(page.status).toBe(500);
      expect(await page.text()).not.toMatch(/\n\s+at |pinyin_gone|column/);
    } finally {
      await client.query('ALTER TABLE "Word" RENAME COLUMN pinyin_gone TO pinyin');
      await client.end();
    }
    await expectWorking();
  });

  it('leaves one structured line per failed request in the server log, with the path and the reason, and no stack trace', () => {
    const lines = app
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const apiFailures = lines.filter((line) => line.path === '/api/review/queue' && line.status === 503);
    expect(apiFailures.length).toBeGreaterThanOrEqual(2);
    for (const line of apiFailures) expect(line).toMatchObject({ level: 'error', status: 503, method: 'POST', reason: expect.stringMatching(/\): \S/) });
    expect(lines.some((line) => line.path === '/review' && line.status === 503)).toBe(true);
    const broken = lines.filter((line) => line.status === 500);
    expect(broken).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/api/review/queue', reason: expect.stringMatching(/pinyin/) }),
        expect.objectContaining({ path: '/words', reason: expect.stringMatching(/pinyin/) }),
      ]),
    );
  });
});
