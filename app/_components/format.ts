const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 8 minutes (10:42)", "tomorrow at 09:12", "on 3 Dec": when a card is due, from the reader's point of view. */
export function formatDueTime(due: Date, now: Date, timeZone?: string): string {
  const wait = due.getTime() - now.getTime();
  const time = due.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  if (wait <= MINUTE) return 'now';
  if (wait < HOUR) return `in ${Math.round(wait / MINUTE)} minutes (at ${time})`;
  const day = (date: Date) => date.toLocaleDateString('en-CA', { timeZone });
  const tomorrow = new Date(now.getTime() + DAY);
  if (day(due) === day(now)) return `today at ${time} (in ${Math.round(wait / HOUR)} h)`;
  if (day(due) === day(tomorrow)) return `tomorrow at ${time}`;
  const sameYear = due.toLocaleDateString('en-GB', { year: 'numeric', timeZone }) === now.toLocaleDateString('en-GB', { year: 'numeric', timeZone });
  return `on ${due.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric', timeZone })}`;
}
