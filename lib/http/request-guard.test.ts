import { describe, expect, it } from 'vitest';
import { readBodyText, readJsonRequest, refuseCrossSite } from './request-guard';

const APP = 'ciku.example:3000';

function request(headers: Record<string, string>, body: BodyInit | null = '{}') {
  return new Request(`http://${APP}/api/review/grade`, { method: 'POST', headers: { host: APP, ...headers }, body });
}

describe('refusing cross-site requests', () => {
  it('accepts the app’s own pages, and clients that send neither Origin nor Sec-Fetch-Site (curl, scripts)', () => {
    expect(refuseCrossSite(new Headers({ host: APP, origin: `http://${APP}`, 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(refuseCrossSite(new Headers({ host: APP }))).toBeNull();
    expect(refuseCrossSite(new Headers({ host: APP, 'sec-fetch-site': 'none' }))).toBeNull();
  });

  it('refuses another site, a sibling subdomain, another port and an opaque origin', () => {
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://evil.ciku.example:3000' },
      { origin: 'http://ciku.example:3001' },
      { origin: 'https://attacker.test' },
      { origin: 'null' },
      { origin: 'not a url' },
    ];
    for (const headers of attempts) {
      expect(refuseCrossSite(new Headers({ host: APP, ...headers })), JSON.stringify(headers)).toMatchObject({ status: 403, error: 'cross-site' });
    }
  });

  it('compares the Origin with the host a reverse proxy forwards', () => {
    const proxied = { host: '127.0.0.1:3000', 'x-forwarded-host': 'words.example.org' };
    expect(refuseCrossSite(new Headers({ ...proxied, origin: 'https://words.example.org' }))).toBeNull();
    expect(refuseCrossSite(new Headers({ ...proxied, origin: 'http://127.0.0.1:3000' }))).toMatchObject({ status: 403 });
  });
});

describe('reading a JSON request', () => {
  it('parses a small JSON body from the app itself', async () => {
    expect(await readJsonRequest(request({ 'content-type': 'application/json; charset=utf-8', origin: `http://${APP}` }, '{"cardId":1}'))).toEqual({ body: { cardId: 1 } });
  });

  it('refuses a form or text body, as a page on another site could send without asking', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect(await readJsonRequest(request({ 'content-type': type }))).toMatchObject({ status: 415 });
    }
    expect(await readJsonRequest(request({}, null))).toMatchObject({ status: 415 });
  });

  it('refuses a body declared too large before reading it, and one that turns out too large while reading it', async () => {
    expect(await readJsonRequest(request({ 'content-type': 'application/json', 'content-length': String(10 ** 9) }))).toMatchObject({ status: 413 });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(4096).fill(32));
      },
    });
    expect(await readBodyText(endless, 16 * 1024)).toMatchObject({ status: 413, error: 'too-large' });
    expect(pulled).toBeLessThan(10);
  });

  it('refuses broken JSON, broken UTF-8 and a bad Content-Length with 400', async () => {
    expect(await readJsonRequest(request({ 'content-type': 'application/json' }, '{"cardId":'))).toMatchObject({ status: 400 });
    expect(await readJsonRequest(request({ 'content-type': 'application/json' }, new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({ status: 400 });
    expect(await readJsonRequest(request({ 'content-type': 'application/json', 'content-length': '-1' }))).toMatchObject({ status: 400 });
  });
});
