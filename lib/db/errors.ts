/**
 * Why something failed, in one line. Prisma's messages start with a blank line, the call and a code frame,
 * and end with the reason; a database's own words are in the error's driver adapter cause.
 */
export function errorReason(error: unknown): string {
  const databaseMessage = (error as { meta?: { driverAdapterError?: { cause?: { originalMessage?: unknown } } } } | null)?.meta?.driverAdapterError?.cause
    ?.originalMessage;
  if (typeof databaseMessage === 'string' && databaseMessage.trim()) return `Database error: ${oneLine(databaseMessage)}`;
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return error instanceof Error ? error.name : 'Unknown error';
  return /^Invalid `.+` invocation/.test(lines[0]) ? lines.at(-1)! : lines[0];
}

function oneLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
}
