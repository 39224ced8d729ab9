import { refuseCrossSite, refuseDeclaredSize, type RequestRefusal } from './request-guard';

/** The forms' Server Actions carry a few fields; nothing they send comes near this. */
export const MAX_SERVER_ACTION_BODY_BYTES = 64 * 1024;

/**
 * Next.js answers a Server Action call that is too large or not well-formed with a 500. This refuses such
 * calls with a clear 4xx first: from another site, without a declared size or too large, of a type React
 * never sends, or whose body does not parse.
 */
export async function refuseBadServerAction(request: Request, limit = MAX_SERVER_ACTION_BODY_BYTES): Promise<RequestRefusal | { status: 411; error: 'length-required'; message: string } | null> {
  const crossSite = refuseCrossSite(request.headers);
  if (crossSite) return crossSite;
  if (request.headers.get('content-length') === null) {
    return { status: 411, error: 'length-required', message: 'A form submission must declare its size (Content-Length).' };
  }
  const tooLarge = refuseDeclaredSize(request.headers, limit);
  if (tooLarge) return tooLarge;
  const malformed: RequestRefusal = { status: 400, error: 'invalid', message: 'This form submission is malformed. Reload the page and try again.' };
  const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  try {
    if (type === 'multipart/form-data') {
      await request.clone().formData();
      return null;
    }
    if (type === 'text/plain') {
      const parsed: unknown = JSON.parse(await request.clone().text());
      return Array.isArray(parsed) ? null : malformed;
    }
    if (type === 'application/x-www-form-urlencoded') return null;
  } catch {
    return malformed;
  }
  return { status: 415, error: 'unsupported-media-type', message: 'This form submission has an unsupported content type.' };
}
