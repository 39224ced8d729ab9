// npm run db:restore -- backup.json: restores a Ciku backup (Settings → Your data) into an empty database, after migrating it.
import { parseArgs } from 'node:util';
import { openBackupFile } from '@/lib/backup/backup-file';
import { BackupFileError } from '@/lib/backup/json-reader';
import { restoreBackup } from '@/lib/data/backup-restore';
import { connect } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { runScript } from './run-script';

await runScript(async () => {
  const started = performance.now();
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) throw new BackupFileError('Give one backup file to restore: npm run db:restore -- ciku-backup-….json');
  const file = positionals[0];
  // The file is checked before the database is opened; its rows are checked as they are restored, in one transaction.
  const backup = await openBackupFile(file);
  const connection = await connect();
  try {
    await applyMigrations(connection.adapter);
    console.log(`Restoring ${file} into ${connection.description}`);
    const counts = await restoreBackup(connection.db, backup.chunks, { sizeBytes: backup.sizeBytes });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const summary = Object.entries(counts).map(([section, count]) => `${count.toLocaleString('en')} ${section}`).join(', ');
    console.log(`Restored ${summary} in ${seconds} s.`);
  } finally {
    await connection.close();
  }
});
