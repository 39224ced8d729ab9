import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { connect, type Connection } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import type { DatabaseTarget } from '@/lib/db/target';
import { createScratchDatabase } from '@/scripts/support/scratch-postgres';

export type Backend = 'pglite' | 'postgres';

/** PGlite always; the PostgreSQL server too when TEST_DATABASE_URL names one (CI sets it). */
export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends Connection {
  /** Where it lives, to open it again (a second connection, a script run in a child process). */
  target: DatabaseTarget;
  /** Environment variables that point a child process at this database. */
  env: Record<string, string>;
  destroy(): Promise<void>;
}

/** An empty database of its own, with no tables unless `migrate` is left true. */
export async function createTestDatabase(backend: Backend, { migrate = true } = {}): Promise<TestDatabase> {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let remove: () => Promise<void>;
  let migrated = false;
  if (backend === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-test-'));
    target = { kind: 'pglite', dataDir: path.join(dir, 'pglite') };
    // A copy of the run's template (tests/integration/global-setup.ts): the same database, without initdb's seconds.
    const templates = inject('pgliteTemplates');
    if (templates) {
      fs.cpSync(migrate ? templates.migrated : templates.empty, target.dataDir, { recursive: true });
      migrated = migrate;
    }
    env = { CIKU_DATA_DIR: target.dataDir, DATABASE_URL: '' };
    remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'ciku_test');
    target = { kind: 'postgres', url: scratch.url };
    env = { DATABASE_URL: scratch.url };
    remove = scratch.drop;
  }
  const connection = await connect(target);
  if (migrate && !migrated) await applyMigrations(connection.adapter);
  return {
    ...connection,
    target,
    env,
    destroy: async () => {
      await connection.close();
      await remove();
    },
  };
}
