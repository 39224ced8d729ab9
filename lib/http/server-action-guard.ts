import { multipartReplyProblem, replyProblem } from './action-reply';
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
  const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  // Without script, only a multipart form can name an action; any other POST is answered as a page.
  if (!calledByScript && type !== 'multipart/form-data') return null;
  try {
    if (type === 'multipart/form-data') {
      const problem = multipartReplyProblem(await request.clone().formData(), calledByScript);
      return problem ? malformed(problem) : null;
    }
    if (type === 'application/x-www-form-urlencoded') {
      const form = new FormData();
      for (const [name, value] of new URLSearchParams(await request.clone().text())) form.append(name, value);
      const problem = multipartReplyProblem(form, true);
      return problem ? malformed(problem) : null;
    }
    if (type === 'text/plain') {
      const body = await request.clone().text();
      if (!Array.isArray(JSON.parse(body))) return malformed();
      const problem = replyProblem((id) => (id === 0 ? body : undefined));
      return problem ? malformed(problem) : null;
    }
  } catch {
    return malformed();
  }
  return { status: 415, error: 'unsupported-media-type', message: 'This form submission has an unsupported content type.' };
}
