import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

// Prisma's CLI would download a native schema engine; its WebAssembly build does the same work offline.
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmPath), { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

export const schemaPath = path.resolve('prisma/schema.prisma');
export const migrationsDir = path.resolve('prisma/migrations');

export async function readSchema() {
  return { path: schemaPath, content: await fs.readFile(schemaPath, 'utf8') };
}

export async function readMigrations(): Promise<glue.MigrationList> {
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: await fs.readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      directories.map(async (name) => {
        const file = path.join(migrationsDir, name, 'migration.sql');
        const content = await fs.readFile(file, 'utf8').then(
          (sql) => ({ tag: 'ok' as const, value: sql }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        );
        return { path: name, migrationFile: { path: 'migration.sql', content } };
      }),
    ),
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

export async function withSchemaEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory | null,
  work: (engine: glue.SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const schema = await readSchema();
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    adapter ? bindMigrationAwareSqlAdapterFactory(adapter) : {},
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/**
 * True when _prisma_migrations records every migration of prisma/migrations as applied, unchanged (same
 * checksum) and none failed or rolled back: then nothing is pending, and the schema engine (60 MB of
 * WebAssembly) need not be loaded. Anything else, including no table yet, leaves the decision to the engine.
 */
async function allApplied(adapter: SqlMigrationAwareDriverAdapterFactory, migrationsList: glue.MigrationList): Promise<boolean> {
  const connection = await adapter.connect();
  try {
    const { rows } = await connection.queryRaw({
      sql: 'SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS applied FROM _prisma_migrations',
      args: [],
      argTypes: [],
    });
    const recorded = new Map(rows.map(([name, checksum, applied]) => [String(name), { checksum: String(checksum), applied: applied === true }]));
    if ([...recorded.values()].some((migration) => !migration.applied)) return false;
    return migrationsList.migrationDirectories.every((directory) => {
      const content = directory.migrationFile.content;
      const migration = recorded.get(directory.path);
      return content.tag === 'ok' && migration?.applied && migration.checksum === createHash('sha256').update(content.value).digest('hex');
    });
  } catch {
    return false;
  } finally {
    await connection.dispose();
  }
}

/** Applies every migration in prisma/migrations not yet recorded in _prisma_migrations. */
export async function applyMigrations(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await readMigrations();
  if (await allApplied(adapter, migrationsList)) return [];
  const result = await withSchemaEngine(adapter, (engine) => engine.applyMigrations({ migrationsList, filters: noFilter }));
  return result.appliedMigrationNames;
}

/**
 * The SQL that would bring a database migrated with prisma/migrations to schema.prisma; empty when they agree.
 * The migrations are replayed on a throwaway in-memory PGlite database.
 */
export async function pendingSchemaChanges(): Promise<string> {
  const [migrationsList, schema] = await Promise.all([readMigrations(), readSchema()]);
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const scratch = await PGlite.create();
  try {
    const result = await withSchemaEngine(new PrismaPGlite(scratch), (engine) =>
      engine.diff({
        from: migrationsList.migrationDirectories.length ? { tag: 'migrations', ...migrationsList } : { tag: 'empty' },
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: true,
        filters: noFilter,
      }),
    );
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  } finally {
    await scratch.close();
  }
}
