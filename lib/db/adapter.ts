import { createHash } from 'node:crypto';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { acquirePgliteLock } from './pglite-lock';
import type { DatabaseTarget } from './target';

export interface OpenDatabase {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    // Named statements are parsed once per connection and reused: the review loop runs the same few queries.
    const statementName = (query: { sql: string }) => `ciku_${createHash('sha1').update(query.sql).digest('base64url')}`;
    return {
      adapter: new PrismaPg({ connectionString: target.url, max: 10 }, { statementNameGenerator: statementName }),
      close: async () => {},
    };
  }
  const releaseLock = acquirePgliteLock(target.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    const pglite = await PGlite.create(target.dataDir);
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
