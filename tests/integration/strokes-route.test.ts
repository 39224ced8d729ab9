import { describe, expect, it } from 'vitest';

const route = await import('@/app/api/strokes/[character]/route');

async function strokesOf(character: string) {
  const request = new Request(`http://localhost/api/strokes/x`);
  const response = await route.GET(request, { params: Promise.resolve({ character }) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('GET /api/strokes/[character]', () => {
  it('answers one Han character with its strokes as JSON, cached for a year and unable to run anything', async () => {
    const { status, headers, text } = await strokesOf('国');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const data = JSON.parse(text);
    expect(data.strokes.length).toBe(8);
    expect(data.strokes[0]).toMatch(/^M /);
  });

  it('refuses several characters, none, a path, NUL and a 10 kB string with 400 and a reason, never a 500', async () => {
    for (const hostile of ['ab', '', '\u0000', '%00', '../../package.json', '..%2F..%2Fpackage.json', '国家', 'x'.repeat(10_000), '\uD83D', '😀']) {
      const { status, text } = await strokesOf(hostile);
      expect(status, JSON.stringify(hostile.slice(0, 20))).toBe(400);
      expect(JSON.parse(text)).toMatchObject({ ok: false, error: 'invalid', message: 'Ask for the strokes of exactly one Chinese character.' });
    }
  });

  it('answers a Han character the data lacks with 404', async () => {
    const { status, text } = await strokesOf('𠀀');
    expect(status).toBe(404);
    expect(JSON.parse(text)).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('answers other methods with 405', async () => {
    expect((await route.POST()).status).toBe(405);
  });
});
