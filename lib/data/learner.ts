import { getDb, type Db } from '@/lib/db/client';
import { databaseTarget, describeTarget } from '@/lib/db/target';
import { getCurrentUser, type Learner } from './users';

export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DatabaseUnavailableError';
  }
}

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/does not exist/i.test(message) && /table|relation/i.test(message)) {
    return 'The database has no Ciku tables yet. Run `npm run db:migrate` (or `npm run db:seed`, which also migrates).';
  }
  return message.split('\n')[0];
}

/** The database and the learner for a request; a database that cannot be used becomes one clear error. */
export async function openLearner(): Promise<{ db: Db; user: Learner }> {
  try {
    const db = await getDb();
    return { db, user: await getCurrentUser(db) };
  } catch (error) {
    console.error(error);
    throw new DatabaseUnavailableError(`Ciku cannot use its database (${safeDescription()}): ${explain(error)}`);
  }
}

function safeDescription(): string {
  try {
    return describeTarget(databaseTarget());
  } catch (error) {
    return (error as Error).message;
  }
}

/** Why the database cannot be used right now, or null when it can. */
export async function databaseProblem(): Promise<string | null> {
  try {
    await openLearner();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
