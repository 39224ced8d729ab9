import { getDb, type Db } from '@/lib/db/client';
import { errorReason, isDatabaseUnusable } from '@/lib/db/errors';
import { databaseTarget, describeTarget } from '@/lib/db/target';
import { getCurrentUser, type Learner } from './users';

export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DatabaseUnavailableError';
  }
}

function safeDescription(): string {
  try {
    return describeTarget(databaseTarget());
  } catch (error) {
    return (error as Error).message;
  }
}

function unavailable(error: unknown): DatabaseUnavailableError {
  return new DatabaseUnavailableError(`Ciku cannot use its database (${safeDescription()}): ${errorReason(error)}`);
}

/** The error as a DatabaseUnavailableError when it means the database cannot be used, else null. */
export function asDatabaseUnavailable(error: unknown): DatabaseUnavailableError | null {
  if (error instanceof DatabaseUnavailableError) return error;
  return isDatabaseUnusable(error) ? unavailable(error) : null;
}

/** The database and the learner for a request; a database that cannot be used becomes one clear error. */
export async function openLearner(): Promise<{ db: Db; user: Learner }> {
  try {
    const db = await getDb();
    return { db, user: await getCurrentUser(db) };
  } catch (error) {
    throw unavailable(error);
  }
}

/** Why the database cannot be used right now, or null when it can: asks it, never a cached answer. */
export async function databaseProblem(): Promise<string | null> {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1 FROM "User" LIMIT 1`;
    return null;
  } catch (error) {
    return unavailable(error).message;
  }
}
