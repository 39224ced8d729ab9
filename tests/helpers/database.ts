import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect, type Connection } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import type { DatabaseTarget } from '@/lib/db/target';

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

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database of its own, with no tables unless `migrate` is left true. */
export async function createTestDatabase(backend: Backend, { migrate = true } = {}): Promise<TestDatabase> {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let remove: () => Promise<void>;
  if (backend === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-test-'));
    target = { kind: 'pglite', dataDir: path.join(dir, 'pglite') };
    env = { CIKU_DATA_DIR: target.dataDir, DATABASE_URL: '' };
    remove = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `ciku_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    target = { kind: 'postgres', url: url.toString() };
    env = { DATABASE_URL: url.toString() };
    remove = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const connection = await connect(target);
  if (migrate) await applyMigrations(connection.adapter);
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
