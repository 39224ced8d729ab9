/** The calendar date in a time zone, as YYYY-MM-DD (the learner's today, not the server's). */
export function localDate(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const reviewLogFileName = (now: Date, timeZone: string) => `ciku-reviews-${localDate(now, timeZone)}.csv`;
export const backupFileName = (now: Date, timeZone: string) => `ciku-backup-${localDate(now, timeZone)}.json`;

/** A Content-Disposition that makes the browser save the answer under this name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`;
}
