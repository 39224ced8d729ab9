// npm run vocab:report [-- article.txt]: what the vocabulary pass makes of an article (the seed article by default).
import { decodeArticleFile, readArticleFile } from '@/lib/text/article-file';
import { vocabularyReport } from '@/lib/vocabulary/report';
import { runScript } from './run-script';

const SEED_FILE = 'prisma/seed/000_145fa75775678c09.txt';

await runScript(async () => {
  const file = process.argv[2] ?? SEED_FILE;
  const report = vocabularyReport(decodeArticleFile(await readArticleFile(file)));
  const list = (items: string[]) => (items.length ? `: ${items.join(' ')}` : '');
  console.log(`Vocabulary of ${file}: ${report.sentences} sentences, ${report.occurrences} occurrences`);
  console.log(`  cards (words offered to learn):                    ${report.cards}`);
  console.log(`  names (glossed, offered only when asked for):      ${report.names}`);
  console.log(`  cards and names with a dictionary meaning:         ${report.withDictionaryMeaning}`);
  console.log(`  with a meaning composed from their parts:          ${report.withComposedMeaning}`);
  console.log(`  without a meaning (target 0):                      ${report.withoutMeaning.length}${list(report.withoutMeaning)}`);
  console.log(`  first sense literary/archaic/variant (target 0):   ${report.flaggedFirst.length}${list(report.flaggedFirst)}`);
  console.log(`  occurrences read otherwise than their word:        ${report.otherReadings.length}`);
  for (const use of report.otherReadings.slice(0, 40)) console.log(`    ${use.hanzi} ${use.reading} (mostly ${use.main}): ${use.sentence}`);
  console.log(`  fragments, a cut across a word (target 0):         ${report.fragments.length}`);
  for (const fragment of report.fragments) console.log(`    ${fragment.units.join(' | ')} → ${fragment.word}: ${fragment.sentence}`);
  console.log(`  words kept whole that the dictionary lacks:        ${report.notInDictionary.length}${list(report.notInDictionary)}`);
});
