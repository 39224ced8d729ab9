/**
 * The checks every state-changing JSON endpoint makes before it reads a body: the request comes from the
 * app's own pages (a page on another site cannot act for the learner), it is JSON, and it is small.
 */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

export interface RequestRefusal {
  status: 400 | 403 | 413 | 415;
  error: 'cross-site' | 'too-large' | 'unsupported-media-type' | 'invalid';
  message: string;
}

const crossSite = (why: string): RequestRefusal => ({
  status: 403,
  error: 'cross-site',
  message: `Refused: this request came from another site (${why}). Ciku only accepts changes from its own pages.`,
});

/** The host the browser used to reach the app: a reverse proxy passes it on as X-Forwarded-Host. */
function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0].trim() || headers.get('host');
}

export function refuseCrossSite(headers: Headers): RequestRefusal | null {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return crossSite(`Sec-Fetch-Site: ${fetchSite}`);
  const origin = headers.get('origin');
  if (origin === null) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return crossSite(`Origin: ${origin.slice(0, 100)}`);
  }
  if (!originHost || originHost !== requestHost(headers)) return crossSite(`Origin: ${origin.slice(0, 100)}`);
  return null;
}

export function refuseNonJson(headers: Headers): RequestRefusal | null {
  const type = headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (type === 'application/json') return null;
  return { status: 415, error: 'unsupported-media-type', message: 'Send the request as JSON (Content-Type: application/json).' };
}

export const tooLarge = (limit: number): RequestRefusal => ({
  status: 413,
  error: 'too-large',
  message: `The request body is larger than ${Math.round(limit / 1024)} kB.`,
});

export function refuseDeclaredSize(headers: Headers, limit: number): RequestRefusal | null {
  const declared = headers.get('content-length');
  if (declared === null) return null;
  if (!/^\d+$/.test(declared.trim())) return { status: 400, error: 'invalid', message: 'Invalid Content-Length header.' };
  return Number(declared) > limit ? tooLarge(limit) : null;
}

/** Reads at most `limit` bytes of a body: a longer one is refused as soon as it passes the limit, not after. */
export async function readBodyText(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | RequestRefusal> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return tooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { status: 400, error: 'invalid', message: 'The request body is not valid UTF-8.' };
  }
}

/** The checks in order, then the body parsed as JSON; a refusal says why. */
export async function readJsonRequest(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<{ body: unknown } | RequestRefusal> {
  const refusal = refuseCrossSite(request.headers) ?? refuseNonJson(request.headers) ?? refuseDeclaredSize(request.headers, limit);
  if (refusal) return refusal;
  // A body that declares its size was checked above and is read at once; any other is read up to the limit.
  const text = request.headers.has('content-length') ? await request.text() : await readBodyText(request.body, limit);
  if (typeof text !== 'string') return text;
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { status: 400, error: 'invalid', message: 'The request body is not valid JSON.' };
  }
}
