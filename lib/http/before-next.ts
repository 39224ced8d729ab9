import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';
import { ANSWERED_METHODS, METHOD_NOT_ALLOWED, NOTHING_POLICY, SECURITY_HEADERS } from './security-headers';

/** A refusal or redirect runs nothing and may be framed by nothing. */
const HEADERS = { ...SECURITY_HEADERS, 'Content-Security-Policy': NOTHING_POLICY, 'Content-Type': 'text/plain; charset=utf-8' };

export interface EarlyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer to a request that Next.js (or Node) would answer before proxy.ts runs, bare or with a 500; null for
 * every other request, which goes on to Next.js:
 * - a request target that is not a path (`OPTIONS *`), an HTTP/1.1 request without a Host header, or one whose
 *   Host is a name the app does not answer to (`hostAllowed`);
 * - TRACE, which the Fetch standard forbids: Next.js cannot make a Request of it and fails;
 * - an address with a backslash or a repeated slash, which Next.js redirects itself (the same redirect here);
 * - /_next/image, Next.js's image optimiser, which sets a policy of its own (the app shows no optimised images),
 *   and /_global-error, its prerendered error page, served with a 500;
 * - a router state header (sent by the page's script on each navigation) that Next.js cannot read: it fails on
 *   it after hiding it from proxy.ts. Checked with Next.js's own parser, so that both agree.
 */
export function answerBeforeNext(
  request: { method: string; url: string; host?: string; httpVersion?: string; routerState?: string | string[] },
  allowedHosts: readonly string[] = [],
): EarlyAnswer | null {
  // Only a path: an absolute URL (as sent to a proxy) would have Next.js redirect to the host it names.
  if (!request.url.startsWith('/')) return { status: 400, headers: HEADERS, body: 'Bad request: the request target is not a path.' };
  if (request.httpVersion === '1.1' && !request.host) return { status: 400, headers: HEADERS, body: 'Bad request: an HTTP/1.1 request needs a Host header.' };
  if (!hostAllowed(request.host, allowedHosts)) {
    const name = request.host!.slice(0, 100);
    return { status: 403, headers: HEADERS, body: `Forbidden: Ciku does not answer to the name “${name}”. To use it under that name, add it to CIKU_ALLOWED_HOSTS.` };
  }
  if (request.method === 'TRACE') {
    return { status: 405, headers: { ...HEADERS, Allow: ANSWERED_METHODS.join(', ') }, body: METHOD_NOT_ALLOWED };
  }
  const [path, ...query] = request.url.split('?');
  if (/\\|\/\//.test(path)) {
    const location = path.replace(/\\/g, '/').replace(/\/\/+/g, '/') + (query.length > 0 ? `?${query.join('?')}` : '');
    return { status: 308, headers: { ...HEADERS, Location: location }, body: location };
  }
  if (['/_next/image', '/_global-error'].some((internal) => path === internal || path.startsWith(`${internal}/`))) {
    return { status: 404, headers: HEADERS, body: 'Not found.' };
  }
  if (request.routerState !== undefined && !readsAsRouterState(request.routerState)) {
    return { status: 400, headers: HEADERS, body: 'Bad request: the router state header does not parse. Reload the page.' };
  }
  return null;
}

/**
 * Whether the app answers to this Host: localhost, an IP address, or a name listed in CIKU_ALLOWED_HOSTS
 * (comma-separated; ".example.org" for a domain and its subdomains). Any other name could be one an attacker
 * controls and has pointed at this machine (DNS rebinding): a page of theirs would then be the app's own origin.
 */
export function hostAllowed(host: string | undefined, allowedHosts: readonly string[]): boolean {
  if (host === undefined) return true;
  const name = (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')).toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (/^\[[0-9a-f:.]+\]$/.test(name) || /^(\d{1,3}\.){3}\d{1,3}$/.test(name)) return true;
  return allowedHosts.some((allowed) => (allowed.startsWith('.') ? name === allowed.slice(1) || name.endsWith(allowed) : name === allowed));
}

/** CIKU_ALLOWED_HOSTS as a list of names, lower case. */
export function allowedHostsFrom(setting: string | undefined): string[] {
  return (setting ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
}

/**
 * Headers of the page router (a navigation's state, a prefetch) that Next.js acts on for any path: on the API,
 * which answers JSON and never a page, it would redirect or skip the route without the API's headers.
 */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-hmr-refresh', 'next-url', 'x-middleware-prefetch'];

/** The router headers a request's route ignores: every one on the API. */
export function ignoredHeaders(url: string): string[] {
  return url.startsWith('/api/') || url === '/api' ? ROUTER_HEADERS : [];
}

function readsAsRouterState(header: string | string[]): boolean {
  try {
    parseAndValidateFlightRouterState(header);
    return true;
  } catch {
    return false;
  }
}

/** A whole answer as bytes on a socket, for the requests Node hands over without a response object. */
function rawAnswer(status: number, reason: string, body: string): string {
  const headers = Object.entries({ ...HEADERS, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' }).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${reason}\r\n${headers.join('\r\n')}\r\n\r\n${body}`;
}

/** Node's own answer to a request it cannot parse (an unknown method, a header too large), with the headers. */
export function clientErrorAnswer(code: string | undefined): string {
  const [status, reason] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
        ? [413, 'Payload Too Large']
        : code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout']
          : [400, 'Bad Request'];
  return rawAnswer(status, reason, `${reason}: the request could not be read.`);
}

/** An upgrade (a WebSocket) asked of the running app, which has none: refused and closed at once. */
export const UPGRADE_ANSWER = rawAnswer(404, 'Not Found', 'Not found: Ciku has no WebSocket.');

/**
 * Installs those answers on the HTTP server class, once: `next start` creates its server before any of the app's
 * code runs (instrumentation.ts calls this at start), and emits each request on it. Each server, at its first
 * connection, also leaves Host checks and unknown `Expect` headers to these answers (Node's own are bare).
 * `refuseUpgrades`: in production, where nothing answers an upgrade and Next.js leaves some sockets open.
 */
export function answerBeforeNextOn(serverClass: { prototype: Server }, { refuseUpgrades, allowedHosts }: { refuseUpgrades: boolean; allowedHosts: readonly string[] }): void {
  const prototype = serverClass.prototype as Server & { cikuAnswersFirst?: boolean };
  if (prototype.cikuAnswersFirst) return;
  prototype.cikuAnswersFirst = true;
  const prepared = new WeakSet<Server>();
  const emit = prototype.emit as (event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (!prepared.has(this)) {
      prepared.add(this);
      (this as Server & { requireHostHeader: boolean }).requireHostHeader = false;
      this.on('checkExpectation', (_request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(417, HEADERS).end('Expectation failed: Ciku knows only "Expect: 100-continue".');
      });
    }
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      for (const name of ignoredHeaders(request.url ?? '')) delete request.headers[name];
      const answer = answerBeforeNext({
        method: request.method ?? '',
        url: request.url ?? '',
        host: request.headers.host,
        httpVersion: request.httpVersion,
        routerState: request.headers['next-router-state-tree'],
      }, allowedHosts);
      if (answer) {
        response.writeHead(answer.status, answer.headers).end(request.method === 'HEAD' ? undefined : answer.body);
        return true;
      }
    }
    if (event === 'upgrade' && refuseUpgrades) {
      const [, socket] = args as [IncomingMessage, Duplex];
      socket.end(UPGRADE_ANSWER);
      return true;
    }
    if (event === 'clientError') {
      const [error, socket] = args as [NodeJS.ErrnoException, Duplex];
      if (error.code !== 'ECONNRESET' && socket.writable) socket.end(clientErrorAnswer(error.code));
      else socket.destroy();
      return true;
    }
    return emit.call(this, event, ...args);
  } as Server['emit'];
}
