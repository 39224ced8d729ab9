/**
 * Time-zone names as the learner meets them: current IANA names, checked against what both JavaScript
 * and the database accept, and grouped for a picker with their current UTC offsets.
 */
import { isValidTimeZone } from '@/lib/scheduling/study-day';

/**
 * Old names CLDR, and so V8 (Node, Chromium), still reports for zones IANA has renamed:
 * `Intl.supportedValuesOf` lists Asia/Calcutta, and a browser in India says it is in Asia/Calcutta.
 */
const CURRENT_NAMES: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Etc/UTC': 'UTC',
  'Etc/UCT': 'UTC',
  'Etc/Universal': 'UTC',
  'Etc/Zulu': 'UTC',
  UCT: 'UTC',
  Universal: 'UTC',
  Zulu: 'UTC',
};

/** The current IANA name of a zone that has been renamed; any other name unchanged. */
export function currentTimeZoneName(name: string): string {
  return CURRENT_NAMES[name] ?? name;
}

/** Names the database knows, by their lower-case spelling. */
export type DatabaseTimeZoneNames = ReadonlyMap<string, string>;

/**
 * The name to store for a zone typed or reported as `input`: spelled as the database spells it
 * (`utc` becomes `UTC`), under its current name when the database knows that one; null when the
 * database or JavaScript cannot use it (PostgreSQL has no `US/Pacific-New`, JavaScript no `posix/…`).
 */
export function canonicalTimeZone(input: string, databaseNames: DatabaseTimeZoneNames): string | null {
  const spelled = databaseNames.get(input.trim().toLowerCase());
  if (!spelled || !isValidTimeZone(spelled)) return null;
  const current = databaseNames.get(currentTimeZoneName(spelled).toLowerCase());
  return current && isValidTimeZone(current) ? current : spelled;
}

/** Every zone JavaScript offers that the database also knows, under its canonical name, UTC included. */
export function usableTimeZones(databaseNames: DatabaseTimeZoneNames): string[] {
  const zones = new Set<string>();
  for (const zone of ['UTC', ...Intl.supportedValuesOf('timeZone')]) {
    const canonical = canonicalTimeZone(zone, databaseNames);
    if (canonical) zones.add(canonical);
  }
  return [...zones];
}

/** Zones most learners live in, with the names people know them by. */
export const COMMON_TIME_ZONES: readonly { zone: string; label: string }[] = [
  { zone: 'America/Los_Angeles', label: 'US Pacific, Los Angeles' },
  { zone: 'America/Denver', label: 'US Mountain, Denver' },
  { zone: 'America/Chicago', label: 'US Central, Chicago' },
  { zone: 'America/New_York', label: 'US Eastern, New York' },
  { zone: 'America/Sao_Paulo', label: 'Brazil, São Paulo' },
  { zone: 'UTC', label: 'UTC' },
  { zone: 'Europe/London', label: 'UK, London' },
  { zone: 'Europe/Paris', label: 'Central Europe, Paris, Berlin' },
  { zone: 'Europe/Moscow', label: 'Russia, Moscow' },
  { zone: 'Asia/Dubai', label: 'Gulf, Dubai' },
  { zone: 'Asia/Kolkata', label: 'India' },
  { zone: 'Asia/Bangkok', label: 'Indochina, Bangkok' },
  { zone: 'Asia/Shanghai', label: 'China, Beijing time' },
  { zone: 'Asia/Hong_Kong', label: 'Hong Kong' },
  { zone: 'Asia/Taipei', label: 'Taiwan' },
  { zone: 'Asia/Singapore', label: 'Singapore, Kuala Lumpur' },
  { zone: 'Asia/Tokyo', label: 'Japan' },
  { zone: 'Asia/Seoul', label: 'Korea' },
  { zone: 'Australia/Sydney', label: 'Eastern Australia, Sydney' },
  { zone: 'Pacific/Auckland', label: 'New Zealand' },
];

const REGIONS: Record<string, string> = {
  Africa: 'Africa',
  America: 'Americas',
  Antarctica: 'Antarctica',
  Arctic: 'Arctic',
  Asia: 'Asia',
  Atlantic: 'Atlantic',
  Australia: 'Australia',
  Europe: 'Europe',
  Indian: 'Indian Ocean',
  Pacific: 'Pacific',
};
const OTHER_REGION = 'Other';

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The offset from UTC in `timeZone` at `at`: 'UTC+08:00', 'UTC−03:30', 'UTC+00:00'. */
export function utcOffset(timeZone: string, at: Date): string {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace(/^GMT/, '') || '+00:00';
  return `UTC${offset.replace('-', '−')}`;
}

/** 'America/Argentina/Buenos_Aires' → 'Buenos Aires, Argentina'; 'Asia/Ho_Chi_Minh' → 'Ho Chi Minh'. */
export function placeName(zone: string): string {
  const parts = zone.split('/').map((part) => part.replaceAll('_', ' '));
  const places = parts.length > 1 && REGIONS[zone.split('/')[0]] ? parts.slice(1) : parts;
  return places.reverse().join(', ');
}

export interface TimeZoneOption {
  value: string;
  label: string;
}

export interface TimeZoneGroup {
  label: string;
  options: TimeZoneOption[];
}

/**
 * The picker's groups: common zones (west to east), then every zone by region (by place name), each
 * labelled with its offset at `at`. `current`, the learner's zone, is offered even when it is not in `zones`.
 */
export function timeZoneGroups(zones: readonly string[], at: Date, current?: string): TimeZoneGroup[] {
  const offered = current && !zones.includes(current) ? [...zones, current] : zones;
  const option = (zone: string, name: string): TimeZoneOption => ({ value: zone, label: `${name} (${utcOffset(zone, at)})` });
  const offsetMinutes = (zone: string) => {
    const [, sign, hours, minutes] = /([+−])(\d\d):(\d\d)/.exec(utcOffset(zone, at))!;
    return (sign === '−' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  };

  const common = COMMON_TIME_ZONES.filter(({ zone }) => offered.includes(zone))
    .map(({ zone, label }) => ({ zone, label, minutes: offsetMinutes(zone) }))
    .sort((a, b) => a.minutes - b.minutes)
    .map(({ zone, label }) => option(zone, label));

  const byRegion = new Map<string, TimeZoneOption[]>();
  for (const zone of offered) {
    if (zone === 'UTC') continue;
    const region = REGIONS[zone.split('/')[0]] && zone.includes('/') ? REGIONS[zone.split('/')[0]] : OTHER_REGION;
    if (!byRegion.has(region)) byRegion.set(region, []);
    byRegion.get(region)!.push(option(zone, placeName(zone)));
  }
  const regions = [...byRegion.keys()].sort((a, b) => (a === OTHER_REGION ? 1 : b === OTHER_REGION ? -1 : a.localeCompare(b)));
  return [
    ...(common.length > 0 ? [{ label: 'Common', options: common }] : []),
    ...regions.map((region) => ({ label: region, options: byRegion.get(region)!.sort((a, b) => a.label.localeCompare(b.label)) })),
  ];
}

/** The option for `zone` among the groups, looked up by its current name too (a browser may report an old one). */
export function findTimeZoneOption(groups: readonly TimeZoneGroup[], zone: string): TimeZoneOption | undefined {
  const names = [currentTimeZoneName(zone), zone];
  const options = groups.flatMap((group) => group.options);
  for (const name of names) {
    const found = options.find((option) => option.value === name);
    if (found) return found;
  }
  return undefined;
}
