// npm run bench:history [-- --cards 100000 --reviews 1000000 --days 730 --seed 1]: fills an empty database (DATABASE_URL,
// or the embedded one at CIKU_DATA_DIR) with a learner's made-up history, for measuring the app at scale. Refuses a
// database that holds any learner, word, card or review.
import { parseArgs } from 'node:util';
import { connect } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { generateHistory, historyBlocker, HistoryRefusedError } from '@/lib/data/generate-history';
import { isVocabularyToken } from '@/lib/text/extract';
import { runScript } from '../run-script';
import { dictionaryWords, seedSentences } from './corpus';

const positiveInteger = (name: string, value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new HistoryRefusedError(`--${name} must be a whole number above 0, not "${value}".`);
  return number;
};

await runScript(async () => {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      cards: { type: 'string', default: '100000' },
      reviews: { type: 'string', default: '1000000' },
      days: { type: 'string', default: '730' },
      seed: { type: 'string', default: '1' },
      articles: { type: 'string' },
      'time-zone': { type: 'string', default: 'Europe/Berlin' },
    },
  });
  const cards = positiveInteger('cards', values.cards);
  const options = {
    cards,
    reviews: positiveInteger('reviews', values.reviews),
    days: positiveInteger('days', values.days),
    seed: positiveInteger('seed', values.seed),
    articles: values.articles ? positiveInteger('articles', values.articles) : Math.max(3, Math.round(cards / 5_000)),
    timeZone: values['time-zone'],
  };
  const connection = await connect();
  try {
    await applyMigrations(connection.adapter);
    const blocker = await historyBlocker(connection.db);
    if (blocker) throw new HistoryRefusedError(blocker);
    console.log(
      `Generating ${options.cards} cards and about ${options.reviews} reviews over ${options.days} days (seed ${options.seed}) in ${connection.description}`,
    );
    let lastStage = '';
    let lastPrinted = 0;
    const summary = await generateHistory(
      connection.db,
      { ...options, now: new Date(), dayStartHour: 4, templates: seedSentences(), dictionaryWords: dictionaryWords(), isWordToken: isVocabularyToken },
      (stage, done, total) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (stage !== lastStage || done >= total || performance.now() - lastPrinted > 5_000) {
          console.log(`  ${seconds.padStart(6)} s  ${stage}: ${done}/${total}`);
          lastStage = stage;
          lastPrinted = performance.now();
        }
      },
    );
    const statuses = Object.entries(summary.cardsByStatus).map(([status, count]) => `${count} ${status.toLowerCase()}`).join(', ');
    console.log(
      `Done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary.articles} articles, ${summary.sentences} sentences, ${summary.words} words, ` +
        `${summary.cards} cards (${statuses}), ${summary.reviews} reviews; the learner's limits: ${summary.newCardsPerDay} new cards and ${summary.reviewsPerDay} reviews a day.`,
    );
  } finally {
    await connection.close();
  }
});
