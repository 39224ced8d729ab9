import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/http/security-headers';
import { refuseBadServerAction } from '@/lib/http/server-action-guard';

/**
 * Pages: every response gets a Content-Security-Policy with a fresh nonce (Next.js reads it from the request
 * and puts it on its own scripts, so no other inline script runs), and a Server Action call that is
 * cross-site, too large or malformed is refused with a clear 4xx before Next.js reads it. The other security
 * headers, and the API's own policy, are in next.config.js.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const refusal = await refuseBadServerAction(request);
    if (refusal) {
      const response = NextResponse.json({ ok: false, error: refusal.error, message: refusal.message }, { status: refusal.status });
      response.headers.set('content-security-policy', policy);
      return response;
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  // For the server's error log: which page a failure happened on.
  requestHeaders.set('x-ciku-path', request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!api/|_next/static/|_next/image|favicon\\.ico|icon|apple-icon).*)' }],
};
