import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReview, useSeededApp } from './harness';

const { app, newPage } = useSeededApp();
let attacker: http.Server;
let attackerUrl: string;
let attackPage = '';

beforeAll(async () => {
  // Another origin: the same machine under another host name and port.
  attacker = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(attackPage));
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => attacker?.close(resolve));
});

async function queue() {
  const response = await fetch(`${app().url}/api/review/queue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return (await response.json()).queue as { card: { cardId: number; version: number }; upcoming: { cardId: number }; counts: Record<string, number> };
}

async function wordCount(filter: string) {
  const html = await (await fetch(`${app().url}/words?filter=${filter}`)).text();
  return Number(/data-testid="word-count"[^>]*>(\d+)/.exec(html)?.[1]);
}

describe('a page on another site', () => {
  it('cannot grade, mark known or suspend the learner’s cards, by form, no-cors fetch, beacon or CORS fetch', async () => {
    const before = await queue();
    const { cardId, version } = before.card;
    const target = before.upcoming.cardId;
    const api = `${app().url}/api/review`;
    attackPage = `<!doctype html><body>
      <iframe name="sink"></iframe>
      <form id="form" method="POST" enctype="text/plain" action="${api}/card" target="sink">
        <input name='{"cardId":${target},"action":"known","pad":"' value='"}'>
      </form>
      <script>
        const json = (body) => JSON.stringify(body);
        document.getElementById('form').submit();
        const ignore = () => {};
        fetch('${api}/card', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: json({ cardId: ${cardId}, action: 'suspend' }) }).catch(ignore);
        fetch('${api}/grade', { method: 'POST', mode: 'no-cors', body: json({ cardId: ${cardId}, version: ${version}, grade: 'easy', requestId: crypto.randomUUID() }) }).catch(ignore);
        navigator.sendBeacon('${api}/card', new Blob([json({ cardId: ${target}, action: 'suspend' })], { type: 'text/plain' }));
        fetch('${api}/card', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json({ cardId: ${cardId}, action: 'known' }) })
          .then(() => (document.title = 'cors-allowed'), () => (document.title = 'cors-blocked'));
      </script></body>`;
    const page = await newPage();
    const refused: number[] = [];
    page.on('response', (response) => response.url().startsWith(api) && refused.push(response.status()));
    await page.goto(attackerUrl);
    await expect.poll(() => page.title()).toBe('cors-blocked');
    await page.waitForTimeout(500);
    expect(refused.every((status) => status === 403 || status === 415), String(refused)).toBe(true);

    const after = await queue();
    expect(after.counts).toEqual(before.counts);
    expect(after.card.cardId).toBe(cardId);
    expect(after.card.version).toBe(version);
    expect(await wordCount('known')).toBe(0);
    expect(await wordCount('suspended')).toBe(0);
    await page.close();
  });

  it('cannot run a page’s form action by posting the form itself, as a browser does before the page’s script runs', async () => {
    const words = await (await fetch(`${app().url}/words`)).text();
    const wordId = /href="\/words\/(\d+)"/.exec(words)![1];
    const wordPage = await (await fetch(`${app().url}/words/${wordId}`)).text();
    // The card form as the page renders it for use without script: its action and bound state in hidden fields.
    const form = /<form[^>]*encType="multipart\/form-data"[^>]*>((?:<input type="hidden"[^>]*>)+)/.exec(wordPage)![1];
    expect(form).toContain('$ACTION_REF_');
    attackPage = `<!doctype html><body><iframe name="sink"></iframe>
      <form id="form" method="POST" enctype="multipart/form-data" action="${app().url}/words/${wordId}" target="sink">
        ${form}<input type="hidden" name="change" value="suspend">
      </form>
      <script>document.getElementById('form').submit();</script></body>`;
    const page = await newPage();
    const answers: number[] = [];
    page.on('response', (response) => response.url().startsWith(`${app().url}/words/`) && answers.push(response.status()));
    await page.goto(attackerUrl);
    await expect.poll(() => answers.length).toBeGreaterThan(0);
    expect(answers).toEqual([403]);
    expect(await wordCount('suspended')).toBe(0);
    await page.close();
  });

  it('cannot reach the app under a name of its own pointed at this machine (DNS rebinding)', async () => {
    const port = new URL(app().url).port;
    const rebound = { host: `evil.example:${port}`, origin: `http://evil.example:${port}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };
    for (const [method, path] of [['POST', '/api/review/queue'], ['GET', '/api/export/backup'], ['GET', '/review']]) {
      const answer = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
        const request = http.request(`${app().url}${path}`, { method, headers: rebound }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
        });
        request.on('error', reject);
        request.end(method === 'POST' ? '{}' : undefined);
      });
      expect(answer.status, path).toBe(403);
      expect(answer.body).toContain('CIKU_ALLOWED_HOSTS');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
    const local = await new Promise<number>((resolve, reject) =>
      http.get(`${app().url}/api/health`, { headers: { host: `localhost:${port}` } }, (response) => resolve(response.resume().statusCode!)).on('error', reject),
    );
    expect(local).toBe(200);
  });

  it('cannot show the app in a frame', async () => {
    attackPage = `<!doctype html><iframe src="${app().url}/review" width="600" height="400"></iframe>`;
    const page = await newPage();
    await page.goto(attackerUrl);
    await page.waitForTimeout(1000);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(await frame?.locator('[data-testid="card-hanzi"]').count()).toBe(0);
    await page.close();
  });
});

describe('security headers', () => {
  it('are on pages (a nonce’d CSP), JSON answers and static files', async () => {
    const pageResponse = await fetch(`${app().url}/review`);
    const policy = pageResponse.headers.get('content-security-policy')!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    const html = await pageResponse.text();
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const second = (await fetch(`${app().url}/review`)).headers.get('content-security-policy');
    expect(second).not.toBe(policy);

    const apiResponse = await fetch(`${app().url}/api/review/queue`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(apiResponse.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(apiResponse.headers.get('cache-control')).toContain('no-store');

    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
    const others = await Promise.all([
      fetch(`${app().url}${script}`),
      fetch(`${app().url}/favicon.ico`),
      fetch(`${app().url}/no-such-page`),
      fetch(`${app().url}/api/review/grade`),
      fetch(`${app().url}/api/no-such-endpoint`, { method: 'POST' }),
      fetch(`${app().url}/api/health`),
    ]);
    expect(others.map((response) => response.status)).toEqual([200, 200, 404, 405, 404, 200]);
    for (const response of [pageResponse, apiResponse, ...others]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('leave every page working: no policy violation, and a review still reveals and grades', async () => {
    const page = await newPage();
    const violations: string[] = [];
    page.on('console', (message) => /Content Security Policy|Refused to/i.test(message.text()) && violations.push(message.text()));
    for (const route of ['/', '/words', '/settings', '/words/1']) await page.goto(`${app().url}${route}`);
    await openReview(page, app().url);
    const hanzi = await page.getByTestId('card-hanzi').textContent();
    await page.keyboard.press('Space');
    await page.getByTestId('card-answer').waitFor();
    await page.keyboard.press('3');
    await expect.poll(() => page.getByTestId('card-hanzi').textContent()).not.toBe(hanzi);
    expect(violations).toEqual([]);
    await page.close();
  });
});

function treeRssMb(pid: number): number {
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout;
  const pids = [pid, ...children.split('\n').map(Number).filter(Boolean)];
  return pids.reduce((sum, id) => {
    const status = fs.readFileSync(`/proc/${id}/status`, 'utf8');
    return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  }, 0);
}

function endlessBody(totalBytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe('methods and addresses', () => {
  /** A raw request: fetch refuses TRACE, an attacker does not. */
  function raw(method: string, path: string) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      const request = http.request(`${app().url}${path}`, { method }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers }));
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('answers a method the app does not serve with 405 and the security headers, never a 500', async () => {
    for (const [method, path] of [['OPTIONS', '/api/health'], ['OPTIONS', '/review'], ['PUT', '/words'], ['DELETE', '/api/review/grade'], ['PATCH', '/settings'], ['TRACE', '/']]) {
      const answer = await raw(method, path);
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD, POST');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });

  it('sends an address ending in a slash to the one without it, with the security headers', async () => {
    for (const [path, target] of [['/words/?q=a', '/words?q=a'], ['/api/health/', '/api/health'], ['/articles/', '/articles']]) {
      const answer = await fetch(`${app().url}${path}`, { redirect: 'manual' });
      expect(answer.status, path).toBe(308);
      expect(new URL(answer.headers.get('location')!, app().url).pathname + new URL(answer.headers.get('location')!, app().url).search).toBe(target);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    expect((await fetch(`${app().url}/words/`)).status).toBe(200);
  });

  /** The raw bytes of a request and of its answer: what Node's parser and Next.js see before any route. */
  function rawExchange(request: string) {
    return new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(new URL(app().url).port), '127.0.0.1', () => socket.end(request));
      let answer = '';
      socket.on('data', (data) => (answer += data.toString('latin1')));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
  }

  it('answers what Next.js or Node would answer bare (repeated slashes, its image optimiser, unreadable requests) with the headers', async () => {
    for (const [path, status] of [['//words', 308], ['/words//1?q=a', 308], ['/_next/image?url=/icon.png&w=64&q=75', 404]] as const) {
      const answer = await raw('GET', path);
      expect(answer.status, path).toBe(status);
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
      expect(answer.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    expect((await raw('GET', '//words')).headers.location).toBe('/words');
    expect((await raw('GET', '/_global-error')).status).toBe(404);
    for (const request of [
      'FOO /words HTTP/1.1\r\nHost: x\r\n\r\n',
      `GET /words HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'GET / HTTP/1.1\r\nConnection: close\r\n\r\n',
      'POST /settings HTTP/1.1\r\nHost: x\r\nExpect: foo\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc',
      // An upgrade nothing answers: refused and closed, not left open.
      'GET /nonexistent HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
    ]) {
      const answer = await rawExchange(request);
      expect(answer, request.slice(0, 12)).toMatch(/^HTTP\/1\.1 4(00|04|17|31) /);
      expect(answer).toMatch(/\r\nX-Frame-Options: DENY\r\n/i);
      expect(answer).toMatch(/\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n/i);
    }
  });

  it('has the API answer itself, with its headers, whatever page-router headers a request carries', async () => {
    const routerHeaders: Record<string, string>[] = [{ rsc: '1' }, { 'x-middleware-prefetch': '1' }, { 'next-router-prefetch': '1', rsc: '1' }];
    for (const headers of routerHeaders) {
      const health = await fetch(`${app().url}/api/health`, { headers, redirect: 'manual' });
      expect(health.status, JSON.stringify(headers)).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true });
      expect(health.headers.get('x-frame-options')).toBe('DENY');
    }
    const absolute = await rawExchange('GET http://evil.example/settings HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
    expect(absolute).toMatch(/^HTTP\/1\.1 400 /);
    expect(absolute).not.toMatch(/\r\nLocation:/i);
  });

  it('answers HEAD on a download with its headers, without writing the file', async () => {
    const head = await fetch(`${app().url}/api/export/backup`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    expect(head.headers.get('x-frame-options')).toBe('DENY');
    expect(await head.text()).toBe('');
  });

  it('refuses a navigation whose router state header does not parse with 400, not a 500', async () => {
    for (const state of ['garbage', '%7B', '[1,2,3]', encodeURIComponent('["",{"children":"x"}]')]) {
      const answer = await fetch(`${app().url}/words?_rsc=abc`, { headers: { rsc: '1', 'next-router-state-tree': state }, redirect: 'manual' });
      expect(answer.status, state).toBe(400);
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
    }
    const real = encodeURIComponent(JSON.stringify(['', { children: ['words', { children: ['__PAGE__', {}] }] }]));
    expect((await fetch(`${app().url}/words`, { headers: { rsc: '1', 'next-router-state-tree': real } })).status).toBe(200);
  });
});

describe('request size', () => {
  it('refuses bodies over the limit with 413 before reading them, declared or streamed, without the server’s memory growing', async () => {
    const declared = await fetch(`${app().url}/api/review/grade`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) },
      body: endlessBody(64 * 1024),
      duplex: 'half',
    } as RequestInit).catch((error: Error) => error);
    if (!(declared instanceof Error)) expect(declared.status).toBe(413);

    const rssBefore = treeRssMb(app().pid);
    const streamed = await Promise.all(
      [1, 2, 3].map(() =>
        fetch(`${app().url}/api/review/${['grade', 'card', 'undo'][0]}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: endlessBody(200 * 1024 * 1024),
          duplex: 'half',
          signal: AbortSignal.timeout(30_000),
        } as RequestInit).then(
          async (response) => ({ status: response.status, body: await response.json() }),
          (error: Error) => ({ status: 0, body: error.message }),
        ),
      ),
    );
    for (const result of streamed) {
      expect(result.status).toBe(413);
      expect(result.body).toMatchObject({ ok: false, error: 'too-large' });
    }
    expect(treeRssMb(app().pid) - rssBefore).toBeLessThan(150);
    expect((await queue()).counts.new).toBeGreaterThan(0);
  });

  it('refuses an oversized, malformed or cross-site form submission (Server Action) with a clear 4xx, never a 500', async () => {
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${app().url}/settings`, { method: 'POST', headers: { 'next-action': '607d6f958a88bfcd0fdb7944512e56c9667c948fcb', origin: app().url, ...headers }, body });
    expect((await post('x'.repeat(5_000_000), { 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(413);
    expect((await post('not json at all', { 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(400);
    expect((await post('--x\r\ngarbage', { 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(400);
    expect((await post('[]', { 'content-type': 'text/plain;charset=UTF-8', origin: 'http://evil.test' })).status).toBe(403);
    // Arguments React's decoder would fail on (a Map, a server reference, a part that is not there, deep nesting).
    for (const body of ['["$Q1"]', '["$h1"]', '["$1"]', '["$T"]', '["$B1"]', `${'['.repeat(10_000)}${']'.repeat(10_000)}`]) {
      expect((await post(body, { 'content-type': 'text/plain;charset=UTF-8' })).status, body.slice(0, 10)).toBe(400);
    }
    // Bodies Next.js reads otherwise than the Fetch standard: a capitalised type, a part in UTF-16, a byte-order mark.
    const part = (headers: string, value: string) => `--X\r\nContent-Disposition: form-data; name="0"\r\n${headers}\r\n${value}\r\n--X--\r\n`;
    expect((await post(part('', '[]'), { 'content-type': 'Multipart/form-data; boundary=X' })).status).toBe(415);
    expect((await post(part('Content-Type: text/plain; charset=utf-16le\r\n', '[]'), { 'content-type': 'multipart/form-data; boundary=X' })).status).toBe(400);
    expect((await post('\ufeff[]', { 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(400);
    // A form posted without script (no Next-Action header) is checked the same way.
    const withoutScript = (body: string, headers: Record<string, string>) => fetch(`${app().url}/settings`, { method: 'POST', headers: { origin: app().url, ...headers }, body });
    expect((await withoutScript('--x\r\ngarbage', { 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(400);
    expect((await withoutScript('a='.padEnd(5_000_000, 'x'), { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(413);
    expect((await withoutScript('a=1', { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.test' })).status).toBe(403);
    const unknown = await post('[]', { 'content-type': 'text/plain;charset=UTF-8', 'next-action': 'f'.repeat(42) });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);
  });
});
