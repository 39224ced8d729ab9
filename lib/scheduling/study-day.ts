/**
 * The learner's study day: it starts at their day-start hour in their time zone (IANA), never the server's.
 * Only Intl is used, so it is right across daylight-saving changes.
 */

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let result = formatters.get(timeZone);
  if (!result) {
    result = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, result);
  }
  return result;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallTime(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

function offsetAt(instant: number, timeZone: string): number {
  const local = wallTime(instant, timeZone);
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock hour begins; an hour skipped by a DST change gives the first instant after the gap. */
function instantOf(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  const candidates = [...new Set([asUtc - offsetAt(asUtc, timeZone), asUtc - offsetAt(asUtc - offsetAt(asUtc, timeZone), timeZone)])].sort(
    (a, b) => a - b,
  );
  const exact = candidates.find((candidate) => {
    const local = wallTime(candidate, timeZone);
    return local.year === year && local.month === month && local.day === day && local.hour === hour;
  });
  return exact ?? candidates[candidates.length - 1];
}

function keyOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseKey(key: string): { year: number; month: number; day: number } {
  const [year, month, day] = key.split('-').map(Number);
  return { year, month, day };
}

/** The key ('YYYY-MM-DD') n calendar days after `key`. */
export function addDays(key: string, days: number): string {
  const { year, month, day } = parseKey(key);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function studyDayKey(instant: Date, timeZone: string, dayStartHour: number): string {
  const local = wallTime(instant.getTime(), timeZone);
  const key = keyOf(local.year, local.month, local.day);
  return local.hour < dayStartHour ? addDays(key, -1) : key;
}

export function studyDay(now: Date, timeZone: string, dayStartHour: number): { key: string; start: Date; end: Date } {
  const key = studyDayKey(now, timeZone, dayStartHour);
  const today = parseKey(key);
  const tomorrow = parseKey(addDays(key, 1));
  return {
    key,
    start: new Date(instantOf(today.year, today.month, today.day, dayStartHour, timeZone)),
    end: new Date(instantOf(tomorrow.year, tomorrow.month, tomorrow.day, dayStartHour, timeZone)),
  };
}

/**
 * Consecutive study days with at least one review, ending today, or ending yesterday while today has
 * none yet: a streak is not broken until the day is over.
 */
export function currentStreak(dayKeysWithReviews: string[], todayKey: string): number {
  const days = new Set(dayKeysWithReviews);
  let day = days.has(todayKey) ? todayKey : addDays(todayKey, -1);
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}
