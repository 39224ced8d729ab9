import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/generated/prisma/client';

export type { User };

export const DEFAULT_USER_NAME = 'Learner';

/**
 * Until accounts arrive there is one local learner: the first user, created on first use
 * together with a new card for every word already in the word bank.
 */
export async function getCurrentUser(db: Db): Promise<User> {
  const existing = await db.user.findFirst({ orderBy: { id: 'asc' } });
  if (existing) return existing;
  return db.$transaction(async (tx) => {
    const user = (await tx.user.findFirst({ orderBy: { id: 'asc' } })) ?? (await tx.user.create({ data: { name: DEFAULT_USER_NAME } }));
    await tx.$executeRaw`
      INSERT INTO "Card" ("userId", "wordId", "due", "updatedAt")
      SELECT ${user.id}, w.id, now(), now() FROM "Word" w
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
  return db.user.update({ where: { id: userId }, data: settings });
}
