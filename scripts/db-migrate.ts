// npm run db:migrate: applies prisma/migrations to the configured database (DATABASE_URL, or the embedded one). Safe to re-run.
import { openDatabase } from '@/lib/db/adapter';
import { applyMigrations } from '@/lib/db/schema-engine';
import { databaseTarget, describeTarget } from '@/lib/db/target';
import { runScript } from './run-script';

await runScript(async () => {
  const target = databaseTarget();
  const database = await openDatabase(target);
  try {
    const applied = await applyMigrations(database.adapter);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${describeTarget(target)}: ${applied.join(', ')}`
        : `${describeTarget(target)} is up to date.`,
    );
  } finally {
    await database.close();
  }
});
