import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/generated/prisma/client';

export type { User };

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
export async function getCurrentUser(db: Db): Promise<User> {
  const cached = recentUsers.get(db);
  if (cached && Date.now() - cached.readAt < USER_CACHE_MS) return cached.user;
  const user = (await db.user.findFirst({ orderBy: { id: 'asc' } })) ?? (await createDefaultUser(db));
  recentUsers.set(db, { user, readAt: Date.now() });
  return user;
}

async function createDefaultUser(db: Db): Promise<User> {
  return db.$transaction(async (tx) => {
    const user = (await tx.user.findFirst({ orderBy: { id: 'asc' } })) ?? (await tx.user.create({ data: { name: DEFAULT_USER_NAME } }));
    await tx.$executeRaw`
      INSERT INTO "Card" ("userId", "wordId", "due", "updatedAt")
      SELECT ${user.id}, w.id, ${user.createdAt}, ${user.createdAt} FROM "Word" w
      ON CONFLICT ("userId", "wordId") DO NOTHING`;
    return user;
  });
}

export interface SettingsInput {
  timeZone: string;
  dayStartHour: number;
  newCardsPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
}

export async function updateSettings(db: Db, userId: number, settings: SettingsInput): Promise<User> {
  const user = await db.user.update({ where: { id: userId }, data: settings });
  recentUsers.set(db, { user, readAt: Date.now() });
  return user;
}
