import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, SECURITY_HEADERS } from '@/lib/http/security-headers';
import { refuseBadServerAction } from '@/lib/http/server-action-guard';

function secured(response: NextResponse, policy: string): NextResponse {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * An address that does not decode is refused. Every response but the API's (which sets its own): the security headers, and a Content-Security-Policy
 * with a fresh nonce (Next.js reads it from the request and puts it on its own scripts, so no other inline
 * script runs). A Server Action call that is cross-site, too large or malformed is refused with a clear
 * 4xx before Next.js reads it.
 */
export async function proxy(request: NextRequest) {
  // An address that is not valid percent-encoding names nothing: a 400 here, not a 500 from the router.
  if (!decodesAsUtf8(request.nextUrl.pathname)) {
    return secured(new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.', { status: 400 }), "default-src 'none'");
  }
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const refusal = await refuseBadServerAction(request);
    if (refusal) return secured(NextResponse.json({ ok: false, error: refusal.error, message: refusal.message }, { status: refusal.status }), policy);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  // For the server's error log: which page a failure happened on.
  requestHeaders.set('x-ciku-path', request.nextUrl.pathname);
  return secured(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

function decodesAsUtf8(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [{ source: '/:path*' }],
};
