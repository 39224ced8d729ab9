import { NextResponse, type NextRequest } from 'next/server';
import { ANSWERED_METHODS, contentSecurityPolicy, METHOD_NOT_ALLOWED, NOTHING_POLICY, SECURITY_HEADERS } from '@/lib/http/security-headers';
import { refuseBadServerAction } from '@/lib/http/server-action-guard';

function secured(response: NextResponse, policy: string): NextResponse {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set('content-security-policy', policy);
  return response;
}

/**
 * Every response but the API's own answers (which set their headers themselves): the security headers, and a
 * Content-Security-Policy with a fresh nonce (Next.js reads it from the request and puts it on its own scripts,
 * so no other inline script runs). Refused here, with the headers and a clear 4xx: an address that does not
 * decode, a method the app does not answer, and a POST to a page (a Server Action call, with script or from a
 * form without it) that is cross-site, too large or malformed, before Next.js reads it. An address ending in
 * "/" is sent to the one without it (Next.js's own redirect would carry no headers).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // An address that is not valid percent-encoding names nothing: a 400 here, not a 500 from the router.
  if (!decodesAsUtf8(pathname)) {
    return secured(new NextResponse('Bad request: the address is not valid percent-encoded UTF-8.', { status: 400 }), NOTHING_POLICY);
  }
  if (!ANSWERED_METHODS.includes(request.method)) {
    return secured(new NextResponse(METHOD_NOT_ALLOWED, { status: 405, headers: { allow: ANSWERED_METHODS.join(', ') } }), NOTHING_POLICY);
  }
  if (pathname.length > 1 && pathname.endsWith('/')) {
    // A plain URL: Next.js's own keeps the trailing slash of the address it was made from.
    const target = new URL(request.url);
    target.pathname = pathname.replace(/\/+$/, '') || '/';
    return secured(NextResponse.redirect(target, 308), NOTHING_POLICY);
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  if (request.method === 'POST') {
    const refusal = await refuseBadServerAction(request);
    if (refusal) return secured(NextResponse.json({ ok: false, error: refusal.error, message: refusal.message }, { status: refusal.status }), policy);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  // For the server's error log: which page a failure happened on.
  requestHeaders.set('x-ciku-path', pathname);
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
