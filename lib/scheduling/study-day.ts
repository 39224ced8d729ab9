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

const DAY = 86_400_000;

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

/** The wall-clock time at `instant`, written as if it were UTC; minus `instant`, that is the zone's offset. */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const local = wallTime(instant, timeZone);
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) + (((instant % 1000) + 1000) % 1000);
}

const offsetAt = (instant: number, timeZone: string) => wallClockAsUtc(instant, timeZone) - instant;

/**
 * The first instant the clocks in `timeZone` show this wall-clock hour: the earlier one when the hour happens
 * twice (clocks going back), the end of the gap when it never happens (clocks going forward).
 */
function instantOf(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const target = Date.UTC(year, month - 1, day, hour);
  // The offsets a day either side cover both sides of any daylight-saving change near the target.
  const offsetBefore = offsetAt(target - DAY, timeZone);
  const offsetAfter = offsetAt(target + DAY, timeZone);
  const exact = [target - offsetBefore, target - offsetAfter]
    .filter((candidate) => wallClockAsUtc(candidate, timeZone) === target)
    .sort((a, b) => a - b);
  if (exact.length > 0) return exact[0];
  // In the gap: find the change itself, the first instant whose wall clock is at or past the target.
  let low = Math.min(target - offsetBefore, target - offsetAfter);
  let high = Math.max(target - offsetBefore, target - offsetAfter);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wallClockAsUtc(middle, timeZone) >= target) high = middle;
    else low = middle;
  }
  return high;
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

function assertDayStartHour(dayStartHour: number): void {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`The day-start hour must be a whole hour from 0 to 23, not ${dayStartHour}`);
  }
}

function startOfStudyDay(key: string, timeZone: string, dayStartHour: number): Date {
  const { year, month, day } = parseKey(key);
  return new Date(instantOf(year, month, day, dayStartHour, timeZone));
}

export function studyDay(now: Date, timeZone: string, dayStartHour: number): { key: string; start: Date; end: Date } {
  assertDayStartHour(dayStartHour);
  const local = wallTime(now.getTime(), timeZone);
  const calendarDay = keyOf(local.year, local.month, local.day);
  let key = local.hour < dayStartHour ? addDays(calendarDay, -1) : calendarDay;
  let start = startOfStudyDay(key, timeZone, dayStartHour);
  let end = startOfStudyDay(addDays(key, 1), timeZone, dayStartHour);
  // Clocks going back across midnight can show yesterday's date again after today's study day has begun.
  if (now.getTime() >= end.getTime()) {
    key = addDays(key, 1);
    start = end;
    end = startOfStudyDay(addDays(key, 1), timeZone, dayStartHour);
  }
  return { key, start, end };
}

export function studyDayKey(instant: Date, timeZone: string, dayStartHour: number): string {
  return studyDay(instant, timeZone, dayStartHour).key;
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
