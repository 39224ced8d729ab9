/**
 * The learner's study days as quarter-hour slots: where each day begins, and its clock's offset from UTC.
 * With these the database puts review slots into days and hours by arithmetic alone.
 */
import { studyDay } from '@/lib/scheduling/study-day';

const SLOT_MS = 15 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface StudyCalendar {
  /** The days, oldest first, 'YYYY-MM-DD'. */
  days: string[];
  /** The first slot of each day (what `width_bucket` needs). */
  firstSlots: number[];
  /** Offset of the zone's clock from UTC in slots, by `width_bucket` result + 1 (bucket 0, before the first day, reads the first day's). */
  offsetSlots: number[];
  /** The day a `width_bucket(slot, firstSlots)` result stands for: slots before the first day go to the first day. */
  dayOfBucket(bucket: number): string;
  dayOfSlot(slot: number): string;
}

const cache = new Map<string, StudyCalendar>();

/** The study days from the one holding `from` to the one holding `now`. */
export function studyCalendar(from: Date, now: Date, timeZone: string, dayStartHour: number): StudyCalendar {
  const last = studyDay(now, timeZone, dayStartHour);
  const first = studyDay(from, timeZone, dayStartHour);
  const key = `${timeZone}|${dayStartHour}|${first.key}|${last.key}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const days: string[] = [];
  const firstSlots: number[] = [];
  const offsets: number[] = [];
  for (let day = first; ; day = studyDay(day.end, timeZone, dayStartHour)) {
    days.push(day.key);
    firstSlots.push(Math.floor(day.start.getTime() / SLOT_MS));
    const wallClockStart = Date.parse(`${day.key}T00:00:00Z`) + dayStartHour * HOUR_MS;
    offsets.push(Math.round((wallClockStart - day.start.getTime()) / SLOT_MS));
    if (day.key === last.key) break;
  }
  const dayOfSlot = (slot: number) => {
    let low = 0;
    let high = firstSlots.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (firstSlots[middle] <= slot) low = middle;
      else high = middle - 1;
    }
    return days[low];
  };
  const calendar: StudyCalendar = {
    days,
    firstSlots,
    offsetSlots: [offsets[0], ...offsets],
    dayOfBucket: (bucket) => days[Math.min(days.length - 1, Math.max(0, bucket - 1))],
    dayOfSlot,
  };
  if (cache.size > 20) cache.clear();
  cache.set(key, calendar);
  return calendar;
}
