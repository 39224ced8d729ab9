// One cold import of the seed article into a migrated, empty database (DATABASE_URL or CIKU_DATA_DIR),
// in a process of its own so nothing is cached: prints the seconds as JSON.
import fs from 'node:fs';
import { connect } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { importArticle } from '@/lib/data/import-article';
import { getCurrentUser } from '@/lib/data/users';
import { decodeArticleFile } from '@/lib/text/article-file';
import { runScript } from '../run-script';

await runScript(async () => {
  const connection = await connect();
  try {
    await applyMigrations(connection.adapter);
    await getCurrentUser(connection.db);
    const started = performance.now();
    const text = decodeArticleFile(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt'));
    await importArticle(connection.db, { title: 'Seed article', text });
    console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000 }));
  } finally {
    await connection.close();
  }
});
