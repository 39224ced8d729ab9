import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Embedded databases made once for the run: each test database starts as a copy of one (`createTestDatabase`). */
    pgliteTemplates: { empty: string; migrated: string };
  }
}

/**
 * A new embedded database runs initdb, seconds of CPU each time; a copy of one made once takes a fraction of
 * that. Both templates are what a new database is: `empty` as PGlite creates it, `migrated` with every migration.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-test-templates-'));
  const templates = { empty: path.join(root, 'empty'), migrated: path.join(root, 'migrated') };
  const connection = await connect({ kind: 'pglite', dataDir: templates.empty });
  await connection.close();
  fs.cpSync(templates.empty, templates.migrated, { recursive: true });
  const migrated = await connect({ kind: 'pglite', dataDir: templates.migrated });
  try {
    await applyMigrations(migrated.adapter);
  } finally {
    await migrated.close();
  }
  project.provide('pgliteTemplates', templates);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
