/**
 * One JSON line on stderr for every server error answered with a 5xx: when, where, what status, and why
 * (one line, no stack). Log collectors parse it; people can read it.
 */
export interface ServerErrorEntry {
  status: number;
  method?: string;
  path?: string;
  route?: string;
  /** For errors Next.js reports: 'render', 'route', 'action' or 'proxy'. */
  kind?: string;
  reason: string;
  digest?: string;
}

export function logServerError(entry: ServerErrorEntry): void {
  // console.error, not process.stderr: instrumentation is also built for the Edge runtime, which has no process.stderr.
  console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), ...entry }));
}
