import { multipartBytesProblem, multipartReplyProblem, replyProblem } from './action-reply';
import { refuseCrossSite, refuseDeclaredSize, type RequestRefusal } from './request-guard';

/** The forms' Server Actions carry a few fields; nothing they send comes near this. */
export const MAX_SERVER_ACTION_BODY_BYTES = 64 * 1024;

/**
 * Next.js answers a Server Action call that is too large or not well-formed with a 500. This refuses such
 * calls with a clear 4xx first: from another site, without a declared size or too large, of a type React
 * never sends, whose body does not parse, or whose arguments are not what a Ciku page sends (`action-reply.ts`).
 * Every POST to a page is checked so: a form posted without script is a Server Action call too.
 */
export async function refuseBadServerAction(request: Request, limit = MAX_SERVER_ACTION_BODY_BYTES): Promise<RequestRefusal | { status: 411; error: 'length-required'; message: string } | null> {
  const crossSite = refuseCrossSite(request.headers);
  if (crossSite) return crossSite;
  if (request.headers.get('content-length') === null) {
    return { status: 411, error: 'length-required', message: 'A form submission must declare its size (Content-Length).' };
  }
  const tooLarge = refuseDeclaredSize(request.headers, limit);
  if (tooLarge) return tooLarge;
  const malformed = (why?: string): RequestRefusal => ({
    status: 400,
    error: 'invalid',
    message: `This form submission is malformed${why ? ` (${why})` : ''}. Reload the page and try again.`,
  });
  const calledByScript = request.headers.has('next-action');
  // As Next.js tells them apart: multipart by the header's exact start; without script, nothing else is an action.
  const contentType = request.headers.get('content-type') ?? '';
  const multipart = contentType.startsWith('multipart/form-data');
  if (!calledByScript && !multipart) return null;
  try {
    if (multipart) {
      const bytes = new Uint8Array(await request.clone().arrayBuffer());
      const problem =
        multipartBytesProblem(bytes, contentType) ??
        multipartReplyProblem(await new Request(request.url, { method: 'POST', headers: { 'content-type': contentType }, body: bytes }).formData(), calledByScript);
      return problem ? malformed(problem) : null;
    }
    // Called by script with another body: Next.js decodes its bytes as UTF-8 text (a byte-order mark kept).
    if (contentType.toLowerCase().startsWith('text/plain')) {
      const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await request.clone().arrayBuffer());
      if (!Array.isArray(JSON.parse(body))) return malformed();
      const problem = replyProblem((id) => (id === 0 ? { json: body, position: 0 } : undefined));
      return problem ? malformed(problem) : null;
    }
  } catch {
    return malformed();
  }
  return { status: 415, error: 'unsupported-media-type', message: 'This form submission has an unsupported content type.' };
}
