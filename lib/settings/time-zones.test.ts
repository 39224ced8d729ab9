import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  COMMON_TIME_ZONES,
  currentTimeZoneName,
  findTimeZoneOption,
  placeName,
  timeZoneGroups,
  usableTimeZones,
  utcOffset,
} from './time-zones';

/** Names as PostgreSQL's pg_timezone_names gives them, keyed the way lib/data/time-zones.ts keys them. */
function databaseNames(names: string[]): Map<string, string> {
  return new Map(names.map((name) => [name.toLowerCase(), name]));
}

const JANUARY = new Date('2026-01-15T12:00:00Z');
const JULY = new Date('2026-07-15T12:00:00Z');

describe('currentTimeZoneName', () => {
  it('gives the current IANA name for the old names V8 still reports, and leaves others alone', () => {
    expect(currentTimeZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentTimeZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(currentTimeZoneName('America/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(currentTimeZoneName('Etc/UTC')).toBe('UTC');
    expect(currentTimeZoneName('Asia/Shanghai')).toBe('Asia/Shanghai');
  });
});

describe('canonicalTimeZone', () => {
  const names = databaseNames(['UTC', 'Etc/UTC', 'Asia/Shanghai', 'Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kiev', 'posix/Asia/Shanghai']);

  it('spells a name as the database does', () => {
    expect(canonicalTimeZone('utc', names)).toBe('UTC');
    expect(canonicalTimeZone('asia/shanghai', names)).toBe('Asia/Shanghai');
    expect(canonicalTimeZone(' Asia/Shanghai ', names)).toBe('Asia/Shanghai');
  });

  it('prefers the current name, when the database knows it', () => {
    expect(canonicalTimeZone('Asia/Calcutta', names)).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Etc/UTC', names)).toBe('UTC');
    // A database with older time-zone data than the renaming keeps the old name.
    expect(canonicalTimeZone('Europe/Kiev', names)).toBe('Europe/Kiev');
  });

  it('refuses a name JavaScript accepts but the database does not, and the other way round', () => {
    expect(canonicalTimeZone('US/Pacific-New', names)).toBeNull();
    expect(canonicalTimeZone('posix/Asia/Shanghai', names)).toBeNull();
    expect(canonicalTimeZone('', names)).toBeNull();
    expect(canonicalTimeZone('Mars/Olympus_Mons', names)).toBeNull();
  });
});

describe('usableTimeZones', () => {
  const everything = databaseNames(['UTC', ...Intl.supportedValuesOf('timeZone'), 'Asia/Kolkata', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires']);

  it('offers each zone once, under its current name, with UTC', () => {
    const zones = usableTimeZones(everything);
    expect(zones).toContain('UTC');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('Europe/Kyiv');
    expect(zones).not.toContain('Asia/Calcutta');
    expect(zones).not.toContain('Europe/Kiev');
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('leaves out zones the database does not know', () => {
    // This database predates the renaming to Asia/Kolkata: the old name is the one it can use.
    expect(usableTimeZones(databaseNames(['UTC', 'Asia/Shanghai', 'Asia/Calcutta'])).sort()).toEqual(['Asia/Calcutta', 'Asia/Shanghai', 'UTC']);
  });
});

describe('utcOffset', () => {
  it('gives whole and partial hours on both sides of UTC, with a real minus sign', () => {
    expect(utcOffset('Asia/Kolkata', JANUARY)).toBe('UTC+05:30');
    expect(utcOffset('Asia/Kathmandu', JANUARY)).toBe('UTC+05:45');
    expect(utcOffset('America/St_Johns', JANUARY)).toBe('UTC−03:30');
    expect(utcOffset('UTC', JANUARY)).toBe('UTC+00:00');
  });

  it('follows daylight-saving time', () => {
    expect(utcOffset('America/New_York', JANUARY)).toBe('UTC−05:00');
    expect(utcOffset('America/New_York', JULY)).toBe('UTC−04:00');
    expect(utcOffset('Europe/London', JULY)).toBe('UTC+01:00');
  });
});

describe('placeName', () => {
  it('reads a zone name as a place', () => {
    expect(placeName('Asia/Ho_Chi_Minh')).toBe('Ho Chi Minh');
    expect(placeName('America/Argentina/Buenos_Aires')).toBe('Buenos Aires, Argentina');
    expect(placeName('America/Port-au-Prince')).toBe('Port-au-Prince');
    expect(placeName('EST5EDT')).toBe('EST5EDT');
  });
});

describe('timeZoneGroups', () => {
  const zones = usableTimeZones(databaseNames(['UTC', ...Intl.supportedValuesOf('timeZone'), 'Asia/Kolkata', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires']));

  it('leads with the common zones, west to east, then every zone by region, Other last', () => {
    const groups = timeZoneGroups(zones, JANUARY, 'EST5EDT');
    expect(groups.map((group) => group.label)).toEqual([
      'Common', 'Africa', 'Americas', 'Antarctica', 'Arctic', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian Ocean', 'Pacific', 'Other',
    ]);
    const common = groups[0].options;
    expect(common.map((option) => option.value)).toEqual(expect.arrayContaining(COMMON_TIME_ZONES.map(({ zone }) => zone)));
    expect(common[0]).toEqual({ value: 'America/Los_Angeles', label: 'US Pacific, Los Angeles (UTC−08:00)' });
    expect(common.find((option) => option.value === 'Asia/Shanghai')?.label).toBe('China, Beijing time (UTC+08:00)');
    expect(common.at(-1)?.value).toBe('Pacific/Auckland');
    expect(groups.at(-1)?.options).toEqual([{ value: 'EST5EDT', label: 'EST5EDT (UTC−05:00)' }]);
  });

  it('lists every zone in exactly one region, by place name, each with its offset', () => {
    const groups = timeZoneGroups(zones, JANUARY).slice(1);
    const listed = groups.flatMap((group) => group.options.map((option) => option.value));
    expect(listed.sort()).toEqual(zones.filter((zone) => zone !== 'UTC').sort());
    const asia = groups.find((group) => group.label === 'Asia')!.options;
    expect(asia.map((option) => option.label)).toEqual([...asia.map((option) => option.label)].sort((a, b) => a.localeCompare(b)));
    expect(asia).toContainEqual({ value: 'Asia/Kolkata', label: 'Kolkata (UTC+05:30)' });
    const americas = groups.find((group) => group.label === 'Americas')!.options;
    expect(americas).toContainEqual({ value: 'America/Argentina/Buenos_Aires', label: 'Buenos Aires, Argentina (UTC−03:00)' });
  });

  it('offers only the common zones the database knows', () => {
    const groups = timeZoneGroups(['UTC', 'Asia/Shanghai'], JANUARY);
    expect(groups[0]).toEqual({ label: 'Common', options: [{ value: 'UTC', label: 'UTC (UTC+00:00)' }, { value: 'Asia/Shanghai', label: 'China, Beijing time (UTC+08:00)' }] });
  });
});

describe('findTimeZoneOption', () => {
  it('finds the option for a zone a browser reports under its old name, preferring the common label', () => {
    const groups = timeZoneGroups(['UTC', 'Asia/Kolkata', 'Asia/Shanghai'], JANUARY);
    expect(findTimeZoneOption(groups, 'Asia/Calcutta')).toEqual({ value: 'Asia/Kolkata', label: 'India (UTC+05:30)' });
    expect(findTimeZoneOption(groups, 'Asia/Shanghai')?.label).toBe('China, Beijing time (UTC+08:00)');
    expect(findTimeZoneOption(groups, 'America/Los_Angeles')).toBeUndefined();
  });
});
