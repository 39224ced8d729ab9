// The benchmark's HTTP driver: one kept-alive connection, as a browser tab has, and the figures it prints.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface Response {
  status: number;
  text: string;
  elapsed: number;
  /** The route's own time, from its Server-Timing header (NaN when it sends none). */
  serverMs: number;
}

export function request(url: string, method: 'GET' | 'POST', body?: unknown): Promise<Response> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        const serverMs = Number(/dur=([\d.]+)/.exec(String(res.headers['server-timing'] ?? ''))?.[1] ?? NaN);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, elapsed: performance.now() - started, serverMs }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export async function post<T>(url: string, body: unknown): Promise<{ data: T; elapsed: number; serverMs: number }> {
  const response = await request(url, 'POST', body);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${response.text}`);
  return { data: JSON.parse(response.text) as T, elapsed: response.elapsed, serverMs: response.serverMs };
}

/** Closes the kept-alive connection, so that the process can end. */
export function closeConnection(): void {
  agent.destroy();
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
