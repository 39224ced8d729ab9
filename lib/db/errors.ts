/** Database errors: which ones mean the database cannot be used, and why anything failed, in one line. */
interface AdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
  message?: string;
  originalMessage?: string;
  host?: string;
  port?: number;
  db?: string;
  user?: string;
  cause?: string;
}

function adapterCause(error: unknown): AdapterCause | null {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } })?.meta;
  return meta?.driverAdapterError?.cause ?? null;
}

/** Kinds of driver failure that mean the database itself cannot be used right now, not that a query is wrong. */
const UNUSABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
  'TableDoesNotExist',
]);

/** PostgreSQL classes 08 (connection), 53 (resources), 57P (shut down, starting up), 3D000 (no such database). */
const UNUSABLE_SQLSTATE = /^(08|53|57P|3D000)/;

const UNUSABLE_MESSAGE =
  /connection (terminated|timeout|refused|closed|reset)|terminated unexpectedly|query read timeout|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|can't reach database|server closed the connection|the database system is (shutting down|starting up)|open in another process|PGlite is closed/i;

/** True when the error says the database is unreachable, hung, down, missing or not migrated. */
export function isDatabaseUnusable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const cause = adapterCause(error);
  if (cause) {
    if (cause.kind && UNUSABLE_KINDS.has(cause.kind)) return true;
    const code = cause.originalCode ?? cause.code;
    if (code && (UNUSABLE_SQLSTATE.test(code) || code === '42P01')) return true;
  }
  const name = (error as { name?: string }).name;
  if (name === 'PrismaClientInitializationError' || name === 'DatabaseBusyError') return true;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && UNUSABLE_MESSAGE.test(message)) return true;
  return isDatabaseUnusable((error as { cause?: unknown }).cause);
}

const MAX_REASON_LENGTH = 300;

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_REASON_LENGTH ? `${line.slice(0, MAX_REASON_LENGTH - 1)}…` : line;
}

function describeCause(cause: AdapterCause): string | null {
  switch (cause.kind) {
    case 'DatabaseNotReachable':
      return `cannot reach the database server at ${cause.host ?? '?'}:${cause.port ?? '?'}`;
    case 'ConnectionClosed':
      return 'the database server closed the connection';
    case 'SocketTimeout':
      return 'the database server did not answer in time';
    case 'TooManyConnections':
      return `the database server has too many connections${cause.cause ? ` (${cause.cause})` : ''}`;
    case 'DatabaseDoesNotExist':
      return `database "${cause.db ?? '?'}" does not exist`;
    case 'DatabaseAccessDenied':
      return `access to database "${cause.db ?? '?'}" was denied`;
    case 'AuthenticationFailed':
      return `authentication failed for user "${cause.user ?? '?'}"`;
    case 'TableDoesNotExist':
      return 'the database has no Ciku tables yet: run `npm run db:migrate` (or `npm run db:seed`, which also migrates)';
  }
  if ((cause.originalCode ?? cause.code) === '42P01') return describeCause({ kind: 'TableDoesNotExist' });
  return null;
}

/** node-postgres's own words for a server that went quiet or away, in a learner's words. */
const DRIVER_MESSAGES: [RegExp, string][] = [
  [/^Query read timeout$/, 'the database server stopped answering (a query got no reply in time)'],
  [/^Connection terminated due to connection timeout$/, 'the database server did not accept a connection in time'],
  [/^Connection terminated unexpectedly$/, 'the connection to the database server was closed unexpectedly'],
  [/^timeout exceeded when trying to connect$/, 'the database server did not accept a connection in time'],
];

/**
 * Why something failed, in one line a person can act on. A database's own words come from the driver
 * adapter's cause ("Database error: division by zero"); Prisma's messages start with a blank line, the call
 * and a code frame, and end with the reason; any other error keeps its first line.
 */
export function errorReason(error: unknown): string {
  const cause = adapterCause(error);
  const fromCause = cause && describeCause(cause);
  if (fromCause) return oneLine(fromCause);
  const databaseMessage = cause?.originalMessage ?? cause?.message;
  if (databaseMessage?.trim()) return oneLine(`Database error: ${databaseMessage}`);
  const message = error instanceof Error ? error.message : String(error);
  const known = DRIVER_MESSAGES.find(([pattern]) => pattern.test(message.trim()));
  if (known) return known[1];
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return error instanceof Error ? error.name : 'Unknown error';
  const reason = /^Invalid `.+` invocation/.test(lines[0]) ? lines.at(-1)! : lines[0];
  const quoted = /Message: `([^`]+)`/.exec(reason)?.[1];
  const nested = (error as { cause?: unknown })?.cause;
  const withCause = nested instanceof Error && nested.message && !reason.includes(nested.message) ? `${reason} (${nested.message})` : reason;
  return oneLine(quoted ? `Database error: ${quoted}` : withCause);
}
