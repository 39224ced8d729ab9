import { createHash } from 'node:crypto';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { acquirePgliteLock } from './pglite-lock';
import type { DatabaseTarget } from './target';

export interface OpenDatabase {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export interface Timeouts {
  /** How long to wait for a new connection to a PostgreSQL server. */
  connectMs: number;
  /** How long one statement may take; a server that stops answering fails it after this long. */
  statementMs: number;
}

/** The app answers people: a hung or unreachable server must become a clear error within seconds. */
export const APP_TIMEOUTS: Timeouts = { connectMs: 3_000, statementMs: 5_000 };
/** Scripts import whole books in long statements, and nobody waits on a page for them. */
export const SCRIPT_TIMEOUTS: Timeouts = { connectMs: 10_000, statementMs: 10 * 60_000 };

export async function openDatabase(target: DatabaseTarget, timeouts: Timeouts = SCRIPT_TIMEOUTS): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    // Named statements are parsed once per connection and reused: the review loop runs the same few queries.
    const statementName = (query: { sql: string }) => `ciku_${createHash('sha1').update(query.sql).digest('base64url')}`;
    const pool = {
      connectionString: target.url,
      max: 10,
      connectionTimeoutMillis: timeouts.connectMs,
      // The server cancels a statement that runs too long; the client gives up on a server that stops answering.
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs + 1_000,
    };
    return { adapter: new PrismaPg(pool, { statementNameGenerator: statementName }), close: async () => {} };
  }
  const releaseLock = acquirePgliteLock(target.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    const pglite = await PGlite.create(target.dataDir, { postgresqlconf: ['shared_buffers = 32MB'] });
    return {
      adapter: new PrismaPGlite(pglite),
      close: async () => {
        await pglite.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
