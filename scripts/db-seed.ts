// npm run db:seed [-- <file> [--title "…"] [--source "…"]]: imports a word-segmented article (the bundled seed article by default).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { importArticle, type ImportProgress } from '@/lib/data/import-article';
import { getCurrentUser } from '@/lib/data/users';
import { ArticleInputError, assertHasChinese, decodeArticleFile, readArticleFile } from '@/lib/text/article-file';
import { runScript } from './run-script';

const SEED_ARTICLE = {
  file: 'prisma/seed/000_145fa75775678c09.txt',
  title: '迎难而上 为国担当 奋力开启中国特色大国外交新征程',
  source: '王毅，《求是》2021年第2期（2021年1月16日）',
};

function titleFromFirstLine(text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim()) ?? '';
  return firstLine.split(/ {3}/).map((part) => part.replace(/ /g, '')).join(' ').trim().slice(0, 120);
}

const reportProgress: ImportProgress = (stage, done, total) => {
  if (!process.stdout.isTTY) {
    if (done === total) console.log(`  ${stage}: done`);
    return;
  }
  process.stdout.write(`\r  ${stage}: ${done}/${total}`.padEnd(48) + (done === total ? '\n' : ''));
};

await runScript(async () => {
  const started = performance.now();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, source: { type: 'string' } },
  });
  if (positionals.length > 1) throw new ArticleInputError('Give one article file at a time.');
  const file = positionals[0] ?? SEED_ARTICLE.file;
  // Everything about the input is checked before the database is opened: a refused file writes nothing.
  const text = decodeArticleFile(await readArticleFile(file));
  assertHasChinese(text);
  const isSeed = path.resolve(file) === path.resolve(SEED_ARTICLE.file);
  const title = values.title ?? (isSeed ? SEED_ARTICLE.title : titleFromFirstLine(text));
  const source = values.source ?? (isSeed ? SEED_ARTICLE.source : path.basename(file));

  const connection = await connect();
  try {
    await applyMigrations(connection.adapter);
    await getCurrentUser(connection.db);
    console.log(`Importing ${file} into ${connection.description}`);
    const summary = await importArticle(connection.db, { title, source, text }, reportProgress);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `${summary.outcome === 'unchanged' ? 'Unchanged' : summary.outcome === 'created' ? 'Imported' : 'Updated'} "${summary.title}": ` +
        `${summary.sentences} sentences, ${summary.words} words (${summary.newWords} new), ${summary.occurrences} occurrences, ` +
        `${summary.wordsWithoutDictionary} words without a dictionary entry, ${seconds} s.`,
    );
  } finally {
    await connection.close();
  }
});
