// One cold import of an article file (the seed article by default) into an empty database
// (DATABASE_URL or CIKU_DATA_DIR), in a process of its own so nothing is cached. Prints, as JSON, the
// seconds the import took (reading the file included) and the process's peak resident memory in MB.
import fs from 'node:fs';
import { connect } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { importArticle } from '@/lib/data/import-article';
import { ensureLearner } from '@/lib/data/users';
import { decodeArticleFile } from '@/lib/text/article-file';
import { runScript } from '../run-script';

await runScript(async () => {
  const file = process.argv[2] ?? 'prisma/seed/000_145fa75775678c09.txt';
  const connection = await connect();
  try {
    await applyMigrations(connection.adapter);
    await ensureLearner(connection.db);
    const started = performance.now();
    const text = decodeArticleFile(fs.readFileSync(file));
    const summary = await importArticle(connection.db, { title: 'Benchmark article', text });
    const seconds = (performance.now() - started) / 1000;
    const peakMB = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify({ seconds, peakMB, sentences: summary.sentences, words: summary.words, occurrences: summary.occurrences }));
  } finally {
    await connection.close();
  }
});
