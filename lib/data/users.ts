import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/generated/prisma/client';
import { unknownTimeZoneMessage, type Settings } from '@/lib/settings/settings-form';
import { canonicalTimeZone } from '@/lib/settings/time-zones';
import { databaseTimeZoneNames, findTimeZone } from './time-zones';

export type { User };

/** The learner, with a time zone that works: the stored one (canonically named), or UTC when it does not. */
export interface Learner extends User {
  /** The stored time zone when the database or JavaScript cannot use it; the study day follows UTC meanwhile. */
  unusableTimeZone: string | null;
}

export const DEFAULT_USER_NAME = 'Learner';

/**
 * Every request needs the learner's settings; a row read a moment ago saves a round trip on each grade.
 * This process refreshes it when it saves settings; another app instance on the same server sees a change
 * within USER_CACHE_MS.
 */
const USER_CACHE_MS = 5_000;
const recentUsers = new WeakMap<Db, { user: User; readAt: number }>();

/**
 * Until accounts arrive there is one local learner: the first user, created on first use
 * together with a new card for every word already in the word bank.
 */
export async function getCurrentUser(db: Db): Promise<Learner> {
  const cached = recentUsers.get(db);
  if (cached && Date.now() - cached.readAt < USER_CACHE_MS) return withUsableTimeZone(db, cached.user);
  const user = await ensureLearner(db);
  recentUsers.set(db, { user, readAt: Date.now() });
  return withUsableTimeZone(db, user);
}

/**
 * The learner's row, created if there is none yet: what a script that fills the word bank needs (every new
 * word then gets the learner's card). It leaves the time zone unchecked: checking reads every zone the
 * database has, which costs an embedded database about 30 MB for as long as it runs.
 */
export async function ensureLearner(db: Db): Promise<User> {
  return (await db.user.findFirst({ orderBy: { id: 'asc' } })) ?? (await createDefaultUser(db));
}

/** A zone stored before it was checked (or one the database no longer knows) must not break every page. */
async function withUsableTimeZone(db: Db, user: User): Promise<Learner> {
  const timeZone = canonicalTimeZone(user.timeZone, await databaseTimeZoneNames(db));
  return timeZone ? { ...user, timeZone, unusableTimeZone: null } : { ...user, timeZone: 'UTC', unusableTimeZone: user.timeZone };
}

async function createDefaultUser(db: Db): Promise<User> {
  return db.$transaction(async (tx) => {
    const user = (await tx.user.findFirst({ orderBy: { id: 'asc' } })) ?? (await tx.user.create({ data: { name: DEFAULT_USER_NAME } }));
    await tx.$executeRaw`
      INSERT INTO "Card" ("userId", "wordId", "due", "updatedAt")
      SELECT ${user.id}, w.id, ${user.createdAt}, ${user.createdAt} FROM "Word" w
      ON CONFLICT ("userId", "wordId", kind) DO NOTHING`;
    return user;
  });
}

export type SettingsInput = Settings;

/** Stores settings as given, unchecked: `changeSettings` is the checked way. */
export async function updateSettings(db: Db, userId: number, settings: Partial<SettingsInput>): Promise<User> {
  const user = await db.user.update({ where: { id: userId }, data: settings });
  recentUsers.set(db, { user, readAt: Date.now() });
  return user;
}

/** Stores the FSRS parameters the scheduler uses from the next grade on; past reviews stay as they were. */
export async function storeFsrsParameters(db: Db, userId: number, parameters: number[]): Promise<User> {
  const user = await db.user.update({ where: { id: userId }, data: { fsrsParameters: parameters } });
  recentUsers.set(db, { user, readAt: Date.now() });
  return user;
}

export type SettingsChange = { ok: true; user: User } | { ok: false; fieldErrors: { timeZone: string } };

/** Stores settings whose time zone the database accepts, under the zone's canonical name. */
export async function changeSettings(db: Db, userId: number, settings: Partial<SettingsInput>): Promise<SettingsChange> {
  if (settings.timeZone === undefined) return { ok: true, user: await updateSettings(db, userId, settings) };
  const timeZone = await findTimeZone(db, settings.timeZone);
  if (!timeZone) return { ok: false, fieldErrors: { timeZone: unknownTimeZoneMessage(settings.timeZone) } };
  return { ok: true, user: await updateSettings(db, userId, { ...settings, timeZone }) };
}

/** Stores a few of the learner's switches (the reading view's, the review card's) and keeps the cached learner current. */
export async function updateUserSwitches(
  db: Db,
  userId: number,
  switches: Partial<Pick<User, 'rubyPinyin' | 'toneColours' | 'speakOnReveal' | 'sentenceCards'>>,
): Promise<User> {
  const user = await db.user.update({ where: { id: userId }, data: switches });
  recentUsers.set(db, { user, readAt: Date.now() });
  return user;
}
