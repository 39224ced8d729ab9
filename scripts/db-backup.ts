// npm run db:backup -- file.json: writes the complete backup (the same file as Settings → Your data) of the configured database.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBackup } from '@/lib/data/backup-export';
import { connect } from '@/lib/db/client';
import { runScript } from './run-script';

await runScript(async () => {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) throw new Error('Give the file to write: npm run db:backup -- ciku-backup.json');
  const file = path.resolve(positionals[0]);
  // Written beside the file and renamed when complete: a failed backup leaves no partial file behind.
  const partial = `${file}.partial`;
  const connection = await connect();
  const handle = await fs.open(partial, 'w');
  try {
    const counts = await writeBackup(connection.db, (chunk) => handle.write(chunk));
    await handle.close();
    await fs.rename(partial, file);
    const summary = Object.entries(counts).map(([section, count]) => `${count.toLocaleString('en')} ${section}`).join(', ');
    console.log(`Wrote ${positionals[0]} from ${connection.description}: ${summary}.`);
  } catch (error) {
    await handle.close().catch(() => {});
    await fs.rm(partial, { force: true });
    throw error;
  } finally {
    await connection.close();
  }
});
