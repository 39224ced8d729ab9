import { describe, expect, it } from 'vitest';
import { refuseBadServerAction } from './server-action-guard';

const APP = '127.0.0.1:3000';

function action(body: string | FormData, headers: Record<string, string> = {}) {
  const request = new Request(`http://${APP}/settings`, { method: 'POST', body, headers: { host: APP, origin: `http://${APP}`, 'next-action': 'a1', ...headers } });
  if (!request.headers.has('content-length')) {
    const size = typeof body === 'string' ? Buffer.byteLength(body) : 100;
    return new Request(request, { headers: { ...Object.fromEntries(request.headers), 'content-length': String(size) } });
  }
  return request;
}

describe('a Server Action call', () => {
  it('goes through when it is well formed: React’s JSON reply or a form', async () => {
    expect(await refuseBadServerAction(action('[{"timeZone":"UTC"}]', { 'content-type': 'text/plain;charset=UTF-8' }))).toBeNull();
    const form = new FormData();
    form.set('1_newCardsPerDay', '20');
    const multipart = new Request(`http://${APP}/settings`, { method: 'POST', body: form });
    const body = await multipart.arrayBuffer();
    const request = new Request(`http://${APP}/settings`, {
      method: 'POST',
      body,
      headers: { host: APP, 'content-type': multipart.headers.get('content-type')!, 'content-length': String(body.byteLength) },
    });
    expect(await refuseBadServerAction(request)).toBeNull();
  });

  it('is refused with 400 when its body does not parse', async () => {
    expect(await refuseBadServerAction(action('not json at all', { 'content-type': 'text/plain' }))).toMatchObject({ status: 400 });
    expect(await refuseBadServerAction(action('{"not":"a reply"}', { 'content-type': 'text/plain' }))).toMatchObject({ status: 400 });
    expect(await refuseBadServerAction(action('--x\r\ngarbage', { 'content-type': 'multipart/form-data; boundary=x' }))).toMatchObject({ status: 400 });
  });

  it('is refused with 413 when too large, 411 without a size, 415 of an odd type, 403 from another site', async () => {
    expect(await refuseBadServerAction(action('[]', { 'content-type': 'text/plain', 'content-length': '5000000' }))).toMatchObject({ status: 413 });
    const chunked = new Request(`http://${APP}/settings`, { method: 'POST', body: '[]', headers: { host: APP } });
    expect(await refuseBadServerAction(chunked)).toMatchObject({ status: 411 });
    expect(await refuseBadServerAction(action('[]', { 'content-type': 'application/xml' }))).toMatchObject({ status: 415 });
    expect(await refuseBadServerAction(action('[]', { 'content-type': 'text/plain', origin: 'http://evil.test' }))).toMatchObject({ status: 403 });
  });
});
