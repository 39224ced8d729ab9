import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers';

/**
 * TRACE: the Fetch standard forbids it, so Next.js cannot make a Request of it and fails with a 500 before
 * proxy.ts runs. (Node answers TRACK with a 400 itself, and hands CONNECT to no request handler.)
 */
const FORBIDDEN = 'TRACE';

/**
 * Answers a TRACE request with a 405 and the security headers, before Next.js sees it.
 * Installed once on the HTTP server class, as `next start` creates its server before the app's code runs.
 */
export function refuseTraceRequests(serverClass: { prototype: Server }): void {
  const prototype = serverClass.prototype as Server & { cikuRefusesTrace?: boolean };
  if (prototype.cikuRefusesTrace) return;
  prototype.cikuRefusesTrace = true;
  const emit = prototype.emit;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (request.method === FORBIDDEN) {
        response.writeHead(405, {
          ...SECURITY_HEADERS,
          'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
          Allow: 'GET, HEAD, POST',
          'Content-Type': 'text/plain; charset=utf-8',
        });
        response.end('Method not allowed: Ciku answers GET, HEAD, POST.');
        return true;
      }
    }
    return (emit as (event: string | symbol, ...args: unknown[]) => boolean).call(this, event, ...args);
  } as Server['emit'];
}
