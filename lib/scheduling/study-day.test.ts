import { describe, expect, it } from 'vitest';
import { addDays, currentStreak, isValidTimeZone, studyDay, studyDayKey } from './study-day';

describe('studyDay', () => {
  it('starts at 4 am in Shanghai, whatever the server’s time zone', () => {
    // 03:59 and 04:00 on 10 March in Shanghai (UTC+8).
    expect(studyDay(new Date('2026-03-09T19:59:00Z'), 'Asia/Shanghai', 4)).toEqual({
      key: '2026-03-09',
      start: new Date('2026-03-08T20:00:00Z'),
      end: new Date('2026-03-09T20:00:00Z'),
    });
    expect(studyDay(new Date('2026-03-09T20:00:00Z'), 'Asia/Shanghai', 4).key).toBe('2026-03-10');
  });

  it('starts at 4 am in New York on both sides of the boundary', () => {
    // 03:00, 03:30 and 04:30 on 12 January in New York (UTC−5).
    expect(studyDay(new Date('2026-01-12T08:00:00Z'), 'America/New_York', 4).key).toBe('2026-01-11');
    expect(studyDay(new Date('2026-01-12T08:30:00Z'), 'America/New_York', 4).key).toBe('2026-01-11');
    const day = studyDay(new Date('2026-01-12T09:30:00Z'), 'America/New_York', 4);
    expect(day.key).toBe('2026-01-12');
    expect(day.start).toEqual(new Date('2026-01-12T09:00:00Z'));
  });

  it('gives the same instant two different days in two time zones', () => {
    const instant = new Date('2026-03-10T02:00:00Z');
    expect(studyDayKey(instant, 'Asia/Shanghai', 4)).toBe('2026-03-10');
    expect(studyDayKey(instant, 'America/New_York', 4)).toBe('2026-03-09');
  });

  it('has a 23-hour day when New York springs forward and a 25-hour day when it falls back', () => {
    // The study day from 4 am on 7 March (EST) to 4 am on 8 March (EDT) loses the hour at 2 am.
    const spring = studyDay(new Date('2026-03-07T20:00:00Z'), 'America/New_York', 4);
    expect(spring.start).toEqual(new Date('2026-03-07T09:00:00Z'));
    expect(spring.end).toEqual(new Date('2026-03-08T08:00:00Z'));
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const fall = studyDay(new Date('2026-10-31T20:00:00Z'), 'America/New_York', 4);
    expect(fall.end.getTime() - fall.start.getTime()).toBe(25 * 3_600_000);
    const ordinary = studyDay(new Date('2026-03-08T20:00:00Z'), 'America/New_York', 4);
    expect(ordinary.end.getTime() - ordinary.start.getTime()).toBe(24 * 3_600_000);
  });

  it('starts right after the gap when the start hour does not exist that day', () => {
    // 2 am does not exist in New York on 8 March 2026: clocks jump from 02:00 EST to 03:00 EDT.
    const day = studyDay(new Date('2026-03-08T12:00:00Z'), 'America/New_York', 2);
    expect(day.start).toEqual(new Date('2026-03-08T07:00:00Z'));
  });

  it('starts at the first of the two 1 ams when New York falls back', () => {
    // 1 am on 1 November 2026 happens at 05:00Z (EDT) and again at 06:00Z (EST).
    const day = studyDay(new Date('2026-11-01T06:30:00Z'), 'America/New_York', 1);
    expect(day.key).toBe('2026-11-01');
    expect(day.start).toEqual(new Date('2026-11-01T05:00:00Z'));
    expect(day.end).toEqual(new Date('2026-11-02T06:00:00Z'));
  });

  it('starts right after the gap when midnight does not exist (Santiago springs forward at 00:00)', () => {
    const day = studyDay(new Date('2026-09-06T12:00:00Z'), 'America/Santiago', 0);
    expect(day).toEqual({ key: '2026-09-06', start: new Date('2026-09-06T04:00:00Z'), end: new Date('2026-09-07T03:00:00Z') });
  });

  it('contains every instant of a week with daylight-saving changes in its own study day', () => {
    for (const [timeZone, from] of [
      ['America/New_York', '2026-03-05T00:00:00Z'],
      ['America/New_York', '2026-10-29T00:00:00Z'],
      ['America/Santiago', '2026-04-02T00:00:00Z'],
      ['America/Santiago', '2026-09-03T00:00:00Z'],
      ['Australia/Lord_Howe', '2026-10-01T00:00:00Z'],
    ] as const) {
      for (const dayStartHour of [0, 1, 2, 4, 23]) {
        for (let minutes = 0; minutes < 7 * 24 * 60; minutes += 30) {
          const now = new Date(Date.parse(from) + minutes * 60_000);
          const day = studyDay(now, timeZone, dayStartHour);
          expect(day.start.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(day.end.getTime()).toBeGreaterThan(now.getTime());
          expect(studyDay(day.end, timeZone, dayStartHour).key).toBe(addDays(day.key, 1));
          expect(studyDayKey(now, timeZone, dayStartHour)).toBe(day.key);
        }
      }
    }
  });

  it('refuses a day-start hour that is not a whole hour of the day', () => {
    for (const hour of [-1, 24, 4.5, Number.NaN]) {
      expect(() => studyDay(new Date('2026-03-10T00:00:00Z'), 'UTC', hour)).toThrow(RangeError);
    }
  });

  it('starts at midnight with a day-start hour of 0', () => {
    const day = studyDay(new Date('2026-03-10T00:30:00Z'), 'UTC', 0);
    expect(day).toEqual({ key: '2026-03-10', start: new Date('2026-03-10T00:00:00Z'), end: new Date('2026-03-11T00:00:00Z') });
  });
});

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('currentStreak', () => {
  it('counts consecutive days ending today', () => {
    expect(currentStreak(['2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10')).toBe(3);
  });

  it('is still alive when the last review was yesterday', () => {
    expect(currentStreak(['2026-03-08', '2026-03-09'], '2026-03-10')).toBe(2);
  });

  it('is broken by a missed day', () => {
    expect(currentStreak(['2026-03-07', '2026-03-08'], '2026-03-10')).toBe(0);
    expect(currentStreak(['2026-03-06', '2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10')).toBe(3);
  });

  it('ignores duplicates and order', () => {
    expect(currentStreak(['2026-03-10', '2026-03-09', '2026-03-10', '2026-03-09'], '2026-03-10')).toBe(2);
  });

  it('crosses month and year ends', () => {
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(currentStreak(['2025-12-31', '2026-01-01'], '2026-01-01')).toBe(2);
  });
});
