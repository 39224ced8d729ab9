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

/** A multipart POST as a browser sends it, with its size declared. */
async function formPost(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = new Request(`http://${APP}/words/83`, { method: 'POST', body: form });
  const body = await encoded.arrayBuffer();
  return new Request(`http://${APP}/words/83`, {
    method: 'POST',
    body,
    headers: { host: APP, origin: `http://${APP}`, 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.byteLength), ...headers },
  });
}

describe('a Server Action call’s arguments', () => {
  const plain = (body: string) => action(body, { 'content-type': 'text/plain;charset=UTF-8' });

  it('go through when they are what the pages send: values, escaped dollars, dates, FormData, bound arguments', async () => {
    expect(await refuseBadServerAction(plain('["UTC"]'))).toBeNull();
    expect(await refuseBadServerAction(plain('[{"a":"$undefined","b":"$$5","c":"$D2026-01-01T00:00:00.000Z","d":"$n12","e":"$-0"}]'))).toBeNull();
    expect(await refuseBadServerAction(await formPost({ 0: '[{"ok":null,"message":""},"$K1"]', '1_cardId': '83', '1_change': 'suspend' }, { 'next-action': 'a1' }))).toBeNull();
    // React writes the parts an argument refers to before the arguments themselves.
    expect(await refuseBadServerAction(rawMultipart([{ name: '1', value: '{"ok":true}' }, { name: '0', value: '["$@1"]' }]))).toBeNull();
    // A form submitted before the page's script ran: its action and bound state in fields of their own.
    const withoutScript = { $ACTION_REF_2: '', '$ACTION_2:0': '{"id":"60f1","bound":"$@1"}', '$ACTION_2:1': '[{"ok":null,"message":""}]', $ACTION_KEY: 'k0', cardId: '83' };
    expect(await refuseBadServerAction(await formPost(withoutScript))).toBeNull();
  });

  it('are refused with 400, not left to React’s decoder, when they hold values no page sends or parts that are not there', async () => {
    for (const body of ['["$Q1"]', '["$W1"]', '["$h1"]', '["$F1"]', '["$T"]', '["$B1"]', '["$Y"]', '["$i1"]', '["$1"]', '["$@1"]', '["$nabc"]', '{"0":1}']) {
      expect(await refuseBadServerAction(plain(body)), body).toMatchObject({ status: 400, error: 'invalid' });
    }
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(await refuseBadServerAction(plain(deep))).toMatchObject({ status: 400, message: expect.stringMatching(/nested/) });
    expect(await refuseBadServerAction(await formPost({ 0: '["$@2"]', 1: '{}' }, { 'next-action': 'a1' }))).toMatchObject({ status: 400 });
    expect(await refuseBadServerAction(await formPost({ 0: '["$1"]', 1: '["$1"]' }, { 'next-action': 'a1' }))).toMatchObject({ status: 400 });
    expect(await refuseBadServerAction(await formPost({ '1_x': 'y' }, { 'next-action': 'a1' }))).toMatchObject({ status: 400 });
    const brokenBound = { $ACTION_REF_2: '', '$ACTION_2:0': '{"id":"60f1","bound":"$@1"}', cardId: '83' };
    expect(await refuseBadServerAction(await formPost(brokenBound))).toMatchObject({ status: 400 });
  });

  it('of a form posted without script are held to the same rules: same site, declared size, well formed', async () => {
    const fields = { $ACTION_ID_60f1: '', cardId: '83', change: 'suspend' };
    expect(await refuseBadServerAction(await formPost(fields))).toBeNull();
    expect(await refuseBadServerAction(await formPost(fields, { 'sec-fetch-site': 'cross-site', origin: '' }))).toMatchObject({ status: 403 });
    expect(await refuseBadServerAction(await formPost(fields, { origin: 'http://evil.example' }))).toMatchObject({ status: 403 });
    expect(await refuseBadServerAction(await formPost(fields, { 'content-length': '50000000' }))).toMatchObject({ status: 413 });
    const urlencoded = (headers: Record<string, string>) =>
      new Request(`http://${APP}/settings`, { method: 'POST', body: 'a=1', headers: { host: APP, 'content-type': 'application/x-www-form-urlencoded', 'content-length': '3', ...headers } });
    expect(await refuseBadServerAction(urlencoded({}))).toBeNull();
    expect(await refuseBadServerAction(urlencoded({ 'content-length': '50000000' }))).toMatchObject({ status: 413 });
    expect(await refuseBadServerAction(urlencoded({ origin: 'http://evil.example' }))).toMatchObject({ status: 403 });
    const garbage = new Request(`http://${APP}/settings`, { method: 'POST', body: 'garbage', headers: { host: APP, 'content-type': 'multipart/form-data; boundary=zz', 'content-length': '7' } });
    expect(await refuseBadServerAction(garbage)).toMatchObject({ status: 400 });
  });
});

/** A multipart body written by hand, as an attacker would: parts with their own headers. */
function rawMultipart(
  parts: { name: string; value: string | Buffer; headers?: string }[],
  { contentType = 'multipart/form-data; boundary=X', byScript = true }: { contentType?: string; byScript?: boolean } = {},
) {
  const body = Buffer.concat([
    ...parts.flatMap((part) => [Buffer.from(`--X\r\nContent-Disposition: form-data; name="${part.name}"\r\n${part.headers ?? ''}\r\n`), Buffer.from(part.value), Buffer.from('\r\n')]),
    Buffer.from('--X--\r\n'),
  ]);
  return new Request(`http://${APP}/`, {
    method: 'POST',
    body,
    headers: { host: APP, origin: `http://${APP}`, ...(byScript && { 'next-action': 'a1' }), 'content-type': contentType, 'content-length': String(body.byteLength) },
  });
}

const plainText = (body: string) => action(body, { 'content-type': 'text/plain;charset=UTF-8' });

describe('a Server Action body that Next.js reads otherwise than the Fetch standard', () => {
  it('is told apart as Next.js does: multipart only by the header’s exact start, other bodies as text', async () => {
    // Next.js takes "Multipart/…" for a text body, and a form-encoded body with a parameter too: they are not JSON.
    expect(await refuseBadServerAction(rawMultipart([{ name: '0', value: '[]' }], { contentType: 'Multipart/form-data; boundary=X' }))).toMatchObject({ status: 415 });
    const encoded = action('0=%5B%5D', { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' });
    expect(await refuseBadServerAction(encoded)).toMatchObject({ status: 415 });
    expect(await refuseBadServerAction(rawMultipart([{ name: '0', value: '[]' }]))).toBeNull();
  });

  it('refuses a byte-order mark, which Next.js keeps and JSON does not read', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const text = new Request(`http://${APP}/`, {
      method: 'POST',
      body: Buffer.concat([bom, Buffer.from('["x"]')]),
      headers: { host: APP, origin: `http://${APP}`, 'next-action': 'a1', 'content-type': 'text/plain', 'content-length': '8' },
    });
    expect(await refuseBadServerAction(text)).toMatchObject({ status: 400 });
    expect(await refuseBadServerAction(rawMultipart([{ name: '0', value: Buffer.concat([bom, Buffer.from('[]')]) }]))).toMatchObject({ status: 400 });
  });

  it('refuses parts in another character set, parts sent twice and part headers of any great length', async () => {
    const utf16 = rawMultipart([{ name: '0', value: '[]', headers: 'Content-Type: text/plain; charset=utf-16le\r\n' }]);
    expect(await refuseBadServerAction(utf16)).toMatchObject({ status: 400 });
    // A browser gives a text field no type of its own: busboy would read such a part as a file.
    for (const headers of ['Content-Type: text/plain; charset=UTF-8\r\n', 'Content-Type: application/octet-stream\r\n']) {
      expect(await refuseBadServerAction(rawMultipart([{ name: '0', value: '[]', headers }])), headers).toMatchObject({ status: 400 });
    }
    expect(await refuseBadServerAction(rawMultipart([{ name: '0', value: '[]' }, { name: '0', value: '["$Q1"]' }]))).toMatchObject({ status: 400, message: expect.stringMatching(/twice/) });
    expect(await refuseBadServerAction(rawMultipart([{ name: 'n'.repeat(60_000), value: 'x' }, { name: '0', value: '[]' }]))).toMatchObject({ status: 400 });
    // Several values of one form field are fine.
    expect(await refuseBadServerAction(rawMultipart([{ name: '0', value: '["$K1"]' }, { name: '1_tag', value: 'a' }, { name: '1_tag', value: 'b' }]))).toBeNull();
  });

  it('refuses a BigInt React would not read, and checks the bound state of a form whatever its reference says', async () => {
    expect(await refuseBadServerAction(plainText(`["$n${'9'.repeat(300)}"]`))).toBeNull();
    expect(await refuseBadServerAction(plainText(`["$n${'9'.repeat(301)}"]`))).toMatchObject({ status: 400 });
    const bound = (reference: string, state: string) =>
      rawMultipart([{ name: `$ACTION_REF_${reference}`, value: '' }, { name: `$ACTION_${reference}:0`, value: '{"id":"60f1","bound":"$@1"}' }, { name: `$ACTION_${reference}:1`, value: state }], { byScript: false });
    for (const reference of ['x', '123456789', '']) {
      expect(await refuseBadServerAction(bound(reference, '["$Q1"]')), reference).toMatchObject({ status: 400 });
      expect(await refuseBadServerAction(bound(reference, '[{"ok":null}]')), reference).toBeNull();
    }
  });
});

describe('a Server Action body that React streams or decodes otherwise (third review)', () => {
  it('refuses a part referring to one that comes after it, as React streams a call’s parts in order', async () => {
    expect(await refuseBadServerAction(rawMultipart([{ name: '0', value: '["$1"]' }, { name: '1', value: '2' }]))).toMatchObject({ status: 400, message: expect.stringMatching(/comes later/) });
    expect(await refuseBadServerAction(rawMultipart([{ name: '1', value: '2' }, { name: '0', value: '["$1"]' }]))).toBeNull();
  });

  it('refuses a second name for a part (00, 0x0, " 0", 1e0, an empty name), files and transfer encodings', async () => {
    for (const name of ['00', '0x0', ' 0', '0.0', '1e0', '', '-0', 'Infinity']) {
      expect(await refuseBadServerAction(rawMultipart([{ name: '0', value: '[1]' }, { name, value: '1' }])), JSON.stringify(name)).toMatchObject({ status: 400 });
    }
    const withFile = new FormData();
    withFile.append('1_upload', new Blob(['hello']), 'a.txt');
    withFile.append('0', '["$K1"]');
    const encodedFile = new Request(`http://${APP}/`, { method: 'POST', body: withFile });
    const fileBody = await encodedFile.arrayBuffer();
    const fileHeaders = { host: APP, origin: `http://${APP}`, 'next-action': 'a1', 'content-type': encodedFile.headers.get('content-type')!, 'content-length': String(fileBody.byteLength) };
    expect(await refuseBadServerAction(new Request(`http://${APP}/`, { method: 'POST', body: fileBody, headers: fileHeaders }))).toMatchObject({ status: 400 });
    const encoded = rawMultipart([{ name: '0', value: '[]', headers: 'Content-Transfer-Encoding: base64\r\n' }]);
    expect(await refuseBadServerAction(encoded)).toMatchObject({ status: 400 });
  });

  it('refuses more than 1,000 arguments, bound or not, and a form’s action without its bound state', async () => {
    expect(await refuseBadServerAction(plainText(JSON.stringify(Array(1000).fill(0))))).toBeNull();
    expect(await refuseBadServerAction(plainText(JSON.stringify(Array(1001).fill(0))))).toMatchObject({ status: 400 });
    const form = (action: string, state = '[{"ok":null}]') =>
      rawMultipart([{ name: '$ACTION_REF_1', value: '' }, { name: '$ACTION_1:0', value: action }, { name: '$ACTION_1:1', value: state }, { name: '$ACTION_KEY', value: 'k1' }], { byScript: false });
    expect(await refuseBadServerAction(form('{"id":"60f1","bound":"$@1"}'))).toBeNull();
    for (const action of ['{"id":"60f1"}', '{"id":"60f1","bound":"$undefined"}', '{"id":"60f1","bound":null}', '["60f1"]', 'nonsense', '{"bound":"$@1"}']) {
      expect(await refuseBadServerAction(form(action)), action).toMatchObject({ status: 400 });
    }
    expect(await refuseBadServerAction(form('{"id":"60f1","bound":"$@1"}', JSON.stringify(Array(1001).fill(0))))).toMatchObject({ status: 400 });
  });
});

describe('a multipart body not written as a browser writes a form (fourth review)', () => {
  const body = (text: string) =>
    new Request(`http://${APP}/`, {
      method: 'POST',
      body: text,
      headers: { host: APP, origin: `http://${APP}`, 'next-action': 'a1', 'content-type': 'multipart/form-data; boundary=B', 'content-length': String(Buffer.byteLength(text)) },
    });

  it('refuses a space before a colon, a second Content-Disposition, and anything around the boundaries', async () => {
    for (const text of [
      '--B\r\nContent-Disposition : form-data; name="0"\r\n\r\n["UTC"]\r\n--B--\r\n',
      '--B\r\nContent-Disposition: form-data; name="0"\r\nContent-Disposition: form-data; name="x"\r\n\r\n["$Q1"]\r\n--B\r\nContent-Disposition: form-data; name="0"\r\n\r\n["UTC"]\r\n--B--\r\n',
      '--B\r\nContent-Disposition: form-data; name="0"; filename="a"\r\n\r\n["UTC"]\r\n--B--\r\n',
      'preamble\r\n--B\r\nContent-Disposition: form-data; name="0"\r\n\r\n["UTC"]\r\n--B--\r\n',
      '--B\r\nContent-Disposition: form-data; name="0"\r\n\r\n["UTC"]\r\n--B',
      '--B\r\nContent-Disposition: form-data; name="0"\r\n\r\n["UTC"]\r\n--B--\r\nepilogue',
      '--B \r\nContent-Disposition: form-data; name="0"\r\n\r\n["UTC"]\r\n--B--\r\n',
    ]) {
      expect(await refuseBadServerAction(body(text)), JSON.stringify(text.slice(0, 60))).toMatchObject({ status: 400 });
    }
    expect(await refuseBadServerAction(body('--B\r\nContent-Disposition: form-data; name="0"\r\n\r\n["UTC"]\r\n--B--\r\n'))).toBeNull();
    expect(await refuseBadServerAction(body('--B\r\ncontent-disposition: form-data; name="0"\r\n\r\n["UTC"]\r\n--B--'))).toBeNull();
  });

  it('refuses a form’s bound arguments that are not a list', async () => {
    for (const state of ['null', '"$undefined"', '{}', '1']) {
      const form = rawMultipart(
        [{ name: '$ACTION_REF_1', value: '' }, { name: '$ACTION_1:0', value: '{"id":"60f1","bound":"$@1"}' }, { name: '$ACTION_1:1', value: state }],
        { byScript: false },
      );
      expect(await refuseBadServerAction(form), state).toMatchObject({ status: 400 });
    }
  });
});
