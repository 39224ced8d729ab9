import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp, type SeededApp } from './harness';

let app: SeededApp;

beforeAll(async () => {
  app = await startSeededApp();
});

afterAll(async () => {
  await app?.destroy();
});

const post = (route: string, body: string, contentType = 'application/json') =>
  fetch(`${app.url}/api/review/${route}`, { method: 'POST', headers: { 'content-type': contentType }, body });

const HOSTILE_IDS = [0, -1, 1.5, 2147483648, 1e15, 9007199254740991, Number.MAX_VALUE, '1', '1e3', '0x10', null, true, [], {}, 'NaN'];

describe('the review API, given hostile input', () => {
  it.each(['card', 'grade', 'undo', 'sentence'])('answers every out-of-range or ill-typed id on /%s with 400 and a reason, never a 500', async (route) => {
    for (const id of HOSTILE_IDS) {
      const body =
        route === 'card'
          ? { cardId: id, action: 'known' }
          : route === 'grade'
            ? { cardId: id, version: 0, grade: 'good', requestId: randomUUID() }
            : route === 'sentence'
              ? { cardId: id }
              : { reviewLogId: id };
      const response = await post(route, JSON.stringify(body));
      expect(response.status, `${route} ${JSON.stringify(id)}`).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/Invalid request: \w+/) });
    }
  });

  it('answers ids in range that name nothing with 404', async () => {
    expect((await post('card', JSON.stringify({ cardId: 2147483647, action: 'known' }))).status).toBe(404);
    expect((await post('grade', JSON.stringify({ cardId: 2147483647, version: 0, grade: 'good', requestId: randomUUID() }))).status).toBe(404);
    const undo = await post('undo', JSON.stringify({ reviewLogId: 2147483647 }));
    expect(undo.status).toBe(404);
    expect((await undo.json()).message).toBe('There is no review with that id to undo.');
    // "Another sentence" on no card, or on a word card (the seed's first card is one), changes nothing.
    expect((await post('sentence', JSON.stringify({ cardId: 2147483647 }))).status).toBe(404);
    expect((await post('sentence', JSON.stringify({ cardId: 1 }))).status).toBe(404);
  });

  it('answers malformed bodies, odd grades and strings with 4xx and a reason', async () => {
    const cases: [string, string][] = [
      ['grade', ''],
      ['grade', 'null'],
      ['grade', '[]'],
      ['grade', '"text"'],
      ['grade', '{"cardId":1,"version":0,"grade":"excellent","requestId":"x"}'],
      ['grade', JSON.stringify({ cardId: 1, version: 0, grade: 'good', requestId: 'not-a-uuid' })],
      ['grade', JSON.stringify({ cardId: 1, version: 0, grade: 'good', requestId: randomUUID(), durationMs: 1e12 })],
      ['card', JSON.stringify({ cardId: 1, action: 'delete' })],
      ['card', JSON.stringify({ cardId: 1, action: '\u0000' })],
      ['undo', '{"reviewLogId":1,'],
      ['queue', '{'],
    ];
    for (const [route, body] of cases) {
      const response = await post(route, body);
      expect(response.status, `${route} ${body}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${route} ${body}`).toBeLessThan(500);
      expect((await response.json()).message).toBeTruthy();
    }
    expect((await post('queue', '{}', 'text/plain')).status).toBe(415);
  });

  it('answers GET and other methods on the JSON routes with 405, not a page or a 500', async () => {
    for (const route of ['card', 'grade', 'undo', 'queue', 'sentence']) {
      const response = await fetch(`${app.url}/api/review/${route}`);
      expect(response.status).toBe(405);
    }
  });
});

describe('addresses that are not valid percent-encoding', () => {
  it('get 400 with a reason on pages and API routes, never a 500', async () => {
    for (const address of ['/words/%E0%A4%A', '/%ZZ', '/articles/%C3', '/api/review/%ZZ', '/api/strokes/%ZZ', '/api/articles/import/%E0%A4']) {
      const response = await fetch(`${app.url}${address}`);
      expect(response.status, address).toBe(400);
      expect(await response.text(), address).toMatch(/not valid percent-encoded UTF-8/);
    }
  });
});
