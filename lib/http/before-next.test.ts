import { describe, expect, it } from 'vitest';
import { allowedHostsFrom, answerBeforeNext, clientErrorAnswer, hostAllowed, ignoredHeaders } from './before-next';

describe('what is answered before Next.js', () => {
  it('refuses TRACE with 405 and the security headers', () => {
    const answer = answerBeforeNext({ method: 'TRACE', url: '/' })!;
    expect(answer.status).toBe(405);
    expect(answer.headers).toMatchObject({ Allow: 'GET, HEAD, POST', 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'" });
  });

  it('redirects repeated slashes and backslashes as Next.js would, keeping the query, with the headers', () => {
    expect(answerBeforeNext({ method: 'GET', url: '//words' })).toMatchObject({ status: 308, headers: { Location: '/words', 'X-Content-Type-Options': 'nosniff' } });
    expect(answerBeforeNext({ method: 'GET', url: '/words//3?q=a//b' })).toMatchObject({ status: 308, headers: { Location: '/words/3?q=a//b' } });
    expect(answerBeforeNext({ method: 'POST', url: '/\\evil.example' })).toMatchObject({ status: 308, headers: { Location: '/evil.example' } });
    expect(answerBeforeNext({ method: 'GET', url: '//' })).toMatchObject({ status: 308, headers: { Location: '/' } });
  });

  it('answers the image optimiser the app does not use, and Next.js’s prerendered error page, with 404', () => {
    expect(answerBeforeNext({ method: 'GET', url: '/_next/image?url=/icon.png&w=64&q=75' })).toMatchObject({ status: 404 });
    expect(answerBeforeNext({ method: 'HEAD', url: '/_global-error?x=1' })).toMatchObject({ status: 404 });
  });

  it('refuses a target that is not an address (OPTIONS *) and an HTTP/1.1 request without a Host', () => {
    for (const url of ['*', '*/words', 'words']) expect(answerBeforeNext({ method: 'OPTIONS', url }), url).toMatchObject({ status: 400 });
    expect(answerBeforeNext({ method: 'GET', url: '/', httpVersion: '1.1' })).toMatchObject({ status: 400, body: expect.stringMatching(/Host/) });
    expect(answerBeforeNext({ method: 'GET', url: '/', httpVersion: '1.0' })).toBeNull();
    expect(answerBeforeNext({ method: 'GET', url: '/', httpVersion: '1.1', host: '127.0.0.1' })).toBeNull();
    // An absolute URL, as sent to a proxy: Next.js would redirect to the host it names.
    expect(answerBeforeNext({ method: 'GET', url: 'http://evil.example/settings', httpVersion: '1.1', host: '127.0.0.1' })).toMatchObject({ status: 400 });
  });

  it('has the API ignore the page router’s headers, which would redirect or skip its routes', () => {
    expect(ignoredHeaders('/api/health')).toEqual(expect.arrayContaining(['rsc', 'x-middleware-prefetch', 'next-router-state-tree']));
    expect(ignoredHeaders('/words')).toEqual([]);
    expect(ignoredHeaders('/apis')).toEqual([]);
  });

  it('leaves every other request to Next.js', () => {
    for (const [method, url] of [['GET', '/'], ['GET', '/words?q=//'], ['POST', '/settings'], ['GET', '/_next/static/chunks/a.js'], ['OPTIONS', '/api/health']]) {
      expect(answerBeforeNext({ method, url }), `${method} ${url}`).toBeNull();
    }
  });

  it('refuses a router state header Next.js cannot read, and lets one it can through', () => {
    for (const state of ['garbage', '%7B', '[1,2,3]', encodeURIComponent('["",{"children":"x"}]'), 'x'.repeat(50_000)]) {
      expect(answerBeforeNext({ method: 'GET', url: '/words?_rsc=1', routerState: state }), state.slice(0, 10)).toMatchObject({ status: 400 });
    }
    const real = encodeURIComponent(JSON.stringify(['', { children: ['words', { children: ['__PAGE__', {}] }] }]));
    expect(answerBeforeNext({ method: 'GET', url: '/words?_rsc=1', routerState: real })).toBeNull();
  });

  it('answers a request Node cannot parse with its status, a reason and the headers', () => {
    expect(clientErrorAnswer('HPE_HEADER_OVERFLOW')).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    const answer = clientErrorAnswer('HPE_INVALID_METHOD');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('\r\nX-Frame-Options: DENY\r\n');
    expect(answer).toContain("\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n");
    expect(answer.endsWith('\r\n\r\nBad Request: the request could not be read.')).toBe(true);
  });
});

describe('the names the app answers to (DNS rebinding)', () => {
  it('answers to localhost and IP addresses, with or without a port', () => {
    for (const host of ['localhost', 'localhost:3000', 'LOCALHOST:3000', 'ciku.localhost:3000', '127.0.0.1:3000', '192.168.1.20', '[::1]:3000', '[fe80::1]', 'localhost.']) {
      expect(hostAllowed(host, []), host).toBe(true);
    }
  });

  it('refuses any other name unless it is listed, a leading dot allowing a domain and its subdomains', () => {
    for (const host of ['evil.example:3000', 'localhost.evil.example', '127.0.0.1.nip.io', 'ciku.home', '1.2.3.4.5']) expect(hostAllowed(host, []), host).toBe(false);
    const allowed = allowedHostsFrom(' ciku.home , .example.org,');
    expect(allowed).toEqual(['ciku.home', '.example.org']);
    expect(hostAllowed('ciku.home:3000', allowed)).toBe(true);
    expect(hostAllowed('CIKU.HOME', allowed)).toBe(true);
    expect(hostAllowed('example.org', allowed)).toBe(true);
    expect(hostAllowed('learn.example.org:443', allowed)).toBe(true);
    expect(hostAllowed('evilexample.org', allowed)).toBe(false);
    expect(hostAllowed('ciku.home.evil.example', allowed)).toBe(false);
  });

  it('answers a request for another name with 403, saying how to allow it', () => {
    expect(answerBeforeNext({ method: 'POST', url: '/api/review/grade', httpVersion: '1.1', host: 'evil.example:3000' })).toMatchObject({
      status: 403,
      body: expect.stringMatching(/evil\.example:3000.*CIKU_ALLOWED_HOSTS/),
      headers: { 'X-Frame-Options': 'DENY' },
    });
    expect(answerBeforeNext({ method: 'GET', url: '/', httpVersion: '1.1', host: 'ciku.home' }, ['ciku.home'])).toBeNull();
  });
});
