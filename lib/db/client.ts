import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { APP_TIMEOUTS, openDatabase, SCRIPT_TIMEOUTS, type Timeouts } from './adapter';
import { databaseTarget, describeTarget, type DatabaseTarget } from './target';

export type Db = PrismaClient;

export interface Connection {
  db: Db;
  /** For the schema engine (migrations), on the same database. */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  target: DatabaseTarget;
  description: string;
  close(): Promise<void>;
}

/** A new connection: scripts and tests own theirs and close it. */
export async function connect(target: DatabaseTarget = databaseTarget(), timeouts: Timeouts = SCRIPT_TIMEOUTS): Promise<Connection> {
  const opened = await openDatabase(target, timeouts);
  const db = new PrismaClient({ adapter: opened.adapter });
  return {
    db,
    adapter: opened.adapter,
    target,
    description: describeTarget(target),
    close: async () => {
      await db.$disconnect();
      await opened.close();
    },
  };
}

const appConnection = globalThis as unknown as { cikuConnection?: Promise<Connection> };

/** The app's one connection, kept across hot reloads in development. */
export function getDb(): Promise<Db> {
  appConnection.cikuConnection ??= connect(databaseTarget(), APP_TIMEOUTS).catch((error) => {
    appConnection.cikuConnection = undefined;
    throw error;
  });
  return appConnection.cikuConnection.then((connection) => connection.db);
}
