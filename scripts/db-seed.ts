// npm run db:seed [-- <file> [--title "…"] [--source "…"]]: imports a word-segmented article (the bundled seed article by default).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { articleWasDeleted, importArticle, type ImportProgress, type ImportSummary } from '@/lib/data/import-article';
import { ensureLearner } from '@/lib/data/users';
import { fillWordLevels } from '@/lib/data/word-levels';
import { ArticleInputError, assertHasChinese, cleanTitle, decodeArticleFile, readArticleFile } from '@/lib/text/article-file';
import { MAX_WORD_LENGTH } from '@/lib/text/extract';
import { runScript } from './run-script';

const SEED_ARTICLE = {
  file: 'prisma/seed/000_145fa75775678c09.txt',
  title: '迎难而上 为国担当 奋力开启中国特色大国外交新征程',
  source: '王毅，《求是》2021年第2期（2021年1月16日）',
};
const WORDS_NAMED = 20;

const reportProgress: ImportProgress = (stage, done, total) => {
  if (!process.stdout.isTTY) {
    if (done === total) console.log(`  ${stage}: done`);
    return;
  }
  process.stdout.write(`\r  ${stage}: ${done}/${total}`.padEnd(48) + (done === total ? '\n' : ''));
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function describeImport(summary: ImportSummary, seconds: string): string[] {
  if (summary.outcome === 'unchanged') {
    const why = summary.recognisedBy === 'text' ? 'this text is already imported' : 'the text has not changed since it was imported';
    return [`Unchanged "${summary.title}": ${why}; ${plural(summary.words, 'word', 'words')}, ${seconds} s.`];
  }
  const lines = [
    `${summary.outcome === 'created' ? 'Imported' : 'Updated'} "${summary.title}": ` +
      `${summary.sentences} sentences, ${summary.words} words and names (${summary.newWords} new), ${summary.occurrences} occurrences, ` +
      `${plural(summary.names, 'name', 'names')}, ${summary.wordsWithoutDictionary} words without a dictionary entry (their meaning is composed from their parts), ${seconds} s.`,
  ];
  if (summary.segmentedByJieba) lines.push('The text had no spaces between its words: jieba cut it into words.');
  if (summary.passagesSegmented > 0) {
    lines.push(`${plural(summary.passagesSegmented, 'passage', 'passages')} without spaces (over ${MAX_WORD_LENGTH} characters) cut into words by jieba.`);
  }
  if (summary.rederived) {
    const { cardsMoved, cardsRetired, replaced } = summary.rederived;
    const named = replaced.slice(0, WORDS_NAMED).map((word) => `${word.hanzi} → ${word.by.join(' ')}`).join(', ');
    lines.push(
      `Cut again by the new vocabulary pass: ${plural(cardsMoved, 'card', 'cards')} moved to the word theirs became, ` +
        `${plural(cardsRetired, 'card', 'cards')} retired with their reviews kept${named ? ` (${named}${replaced.length > WORDS_NAMED ? ', …' : ''})` : ''}.`,
    );
  } else if (summary.outcome === 'updated') {
    lines.push(`  ${summary.newSentences} sentences added, ${summary.removedSentences} removed.`);
  }
  if (summary.titleTakenBy) {
    const { title, source } = summary.titleTakenBy;
    lines.push(
      `Another article is already titled "${title}"${source ? ` (from ${source})` : ''}, so this one is "${summary.title}". ` +
        `To update that one instead, give --title "${title}".`,
    );
  }
  const orphans = summary.wordsLeftWithoutSentences;
  if (orphans.length > 0) {
    const named = orphans.slice(0, WORDS_NAMED).join(', ') + (orphans.length > WORDS_NAMED ? ` and ${orphans.length - WORDS_NAMED} more` : '');
    lines.push(
      `${plural(orphans.length, 'word now has', 'words now have')} no sentence in any article: ${named}; ` +
        `their cards and reviews are kept.`,
    );
  }
  return lines;
}

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
  const title = values.title ?? (isSeed ? SEED_ARTICLE.title : undefined);
  if (title !== undefined) cleanTitle(title);
  const source = values.source ?? (isSeed ? SEED_ARTICLE.source : path.basename(file));

  const connection = await connect();
  try {
    await applyMigrations(connection.adapter);
    await ensureLearner(connection.db);
    if (positionals.length === 0 && (await articleWasDeleted(connection.db, SEED_ARTICLE.title))) {
      console.log(`The seed article was deleted from ${connection.description}: it is not imported again (give its file, ${SEED_ARTICLE.file}, to bring it back).`);
    } else {
      console.log(`Importing ${file} into ${connection.description}`);
      const summary = await importArticle(connection.db, { text, title, file: path.resolve(file), source }, reportProgress);
      for (const line of describeImport(summary, ((performance.now() - started) / 1000).toFixed(2))) console.log(line);
    }
    const filled = await fillWordLevels(connection.db);
    if (filled > 0) console.log(`HSK levels and general frequency ranks given to ${plural(filled, 'word', 'words')} imported before Ciku kept them.`);
  } finally {
    await connection.close();
  }
});
