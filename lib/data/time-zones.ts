import type { Db } from '@/lib/db/client';
import { canonicalTimeZone, usableTimeZones, type DatabaseTimeZoneNames } from '@/lib/settings/time-zones';

/** The database's zone names change only with its time-zone data: read once per connection. */
const namesByDb = new WeakMap<Db, Promise<DatabaseTimeZoneNames>>();

/** Every zone name the database accepts, by its lower-case spelling (PostgreSQL matches names without case). */
export function databaseTimeZoneNames(db: Db): Promise<DatabaseTimeZoneNames> {
  let names = namesByDb.get(db);
  if (!names) {
    names = db.$queryRaw<{ name: string }[]>`SELECT name FROM pg_timezone_names`.then(
      (rows) => new Map(rows.map(({ name }) => [name.toLowerCase(), name])),
    );
    names.catch(() => namesByDb.delete(db));
    namesByDb.set(db, names);
  }
  return names;
}

/** The name to store for `input`, or null when the database (or JavaScript) cannot use it. */
export async function findTimeZone(db: Db, input: string): Promise<string | null> {
  return canonicalTimeZone(input, await databaseTimeZoneNames(db));
}

/** Every zone the learner can choose. */
export async function offeredTimeZones(db: Db): Promise<string[]> {
  return usableTimeZones(await databaseTimeZoneNames(db));
}
