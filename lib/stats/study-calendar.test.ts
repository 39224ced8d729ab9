import { describe, expect, it } from 'vitest';
import { studyCalendar } from './study-calendar';

const SLOT_MS = 15 * 60 * 1000;
const slot = (iso: string) => Math.floor(Date.parse(iso) / SLOT_MS);

describe('the study calendar in slots', () => {
  it("starts each day at the learner's day-start hour in their zone, across a daylight-saving change", () => {
    // New York moved its clocks forward on 2026-03-08: 04:00 is 09:00 UTC before, 08:00 UTC after.
    const calendar = studyCalendar(new Date('2026-03-07T12:00:00Z'), new Date('2026-03-09T12:00:00Z'), 'America/New_York', 4);
    expect(calendar.days).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(calendar.firstSlots).toEqual([slot('2026-03-07T09:00:00Z'), slot('2026-03-08T08:00:00Z'), slot('2026-03-09T08:00:00Z')]);
    expect(calendar.dayOfSlot(slot('2026-03-08T07:45:00Z'))).toBe('2026-03-07');
    expect(calendar.dayOfSlot(slot('2026-03-08T08:00:00Z'))).toBe('2026-03-08');
    // Clocks 5 hours behind UTC, then 4: in slots, -20 and -16.
    expect(calendar.offsetSlots).toEqual([-20, -20, -16, -16]);
  });

  it('handles a zone with a half-hour offset', () => {
    const calendar = studyCalendar(new Date('2026-03-10T00:00:00Z'), new Date('2026-03-10T00:00:00Z'), 'Asia/Kolkata', 0);
    // Midnight in Kolkata is 18:30 UTC the day before.
    expect(calendar.firstSlots).toEqual([slot('2026-03-09T18:30:00Z')]);
    expect(calendar.offsetSlots[1]).toBe(22);
  });

  it('puts slots before the first day into the first day', () => {
    const calendar = studyCalendar(new Date('2026-03-10T12:00:00Z'), new Date('2026-03-11T12:00:00Z'), 'UTC', 4);
    expect(calendar.dayOfBucket(0)).toBe('2026-03-10');
    expect(calendar.dayOfBucket(2)).toBe('2026-03-11');
    expect(calendar.dayOfSlot(0)).toBe('2026-03-10');
  });
});
