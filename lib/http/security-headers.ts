/** The policy of every page: scripts only from the app with this request's nonce; nothing framed, nothing from elsewhere. */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Style attributes (bar heights, widths) are set by the server-rendered HTML.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers for every response: pages and static files get them from proxy.ts, JSON answers from the API's
 * own helper. (A `headers()` rule in next.config.js would do the same, but costs every request about a
 * millisecond in Next.js's router: most of a grade's time.)
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The policy of anything that is not a page (JSON, a refusal, a redirect): nothing runs or loads, nothing frames it. */
export const NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** JSON answers: nothing in them may run, load anything or be framed, and none is ever cached. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': NOTHING_POLICY,
  'Cache-Control': 'no-store',
};

/** The methods every page and API route answers; any other gets a 405 with this reason. */
export const ANSWERED_METHODS = ['GET', 'HEAD', 'POST'];
export const METHOD_NOT_ALLOWED = `Method not allowed: Ciku answers ${ANSWERED_METHODS.join(', ')}.`;
