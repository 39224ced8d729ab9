// FSRS optimisation on a simulated learner (npm run bench -- optimise): 2,000 words and 50,000 reviews from a
// seeded learner whose memory follows known parameters; one card in five is held out. Reports the time the
// app's optimisation takes (in its own process, as the settings page runs it), how long the server's event
// loop was held up meanwhile, and how close the recovered parameters' predictions of the held-out reviews
// come to those of the true parameters.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { optimiseInChildProcess } from '@/lib/optimisation/child-process';
import { cardHistories, historySize } from '@/lib/optimisation/history';
import { logLoss, meanAbsoluteDifference, predictions, rmseBins, type Prediction } from '@/lib/optimisation/metrics';
import type { OptimisationPhase } from '@/lib/optimisation/optimise';
import { SIMULATED_LEARNER_PARAMETERS, simulateHistory } from '@/lib/optimisation/simulate';

const CARDS = 2_000;
const REVIEWS = 50_000;
const SEED = 2026;
const TIME_ZONE = 'Asia/Shanghai';
const DAY_START_HOUR = 4;
// 4 am in Shanghai: the start of the simulated learner's first study day.
const FIRST_DAY = new Date('2024-01-01T20:00:00Z');

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const figures = (predicted: Prediction[]) => `log loss ${logLoss(predicted).toFixed(4)}, RMSE (bins) ${(rmseBins(predicted) * 100).toFixed(2)} %`;

export async function benchOptimisation(): Promise<void> {
  const simulated = simulateHistory({ seed: SEED, cards: CARDS, reviews: REVIEWS, firstDayStart: FIRST_DAY });
  const heldOut = (cardId: number) => cardId % 5 === 0;
  const training = simulated.reviews.filter((review) => !heldOut(review.cardId));
  const testHistories = cardHistories(
    simulated.reviews.filter((review) => heldOut(review.cardId)),
    TIME_ZONE,
    DAY_START_HOUR,
  );
  const trainingSize = historySize(cardHistories(training, TIME_ZONE, DAY_START_HOUR));
  console.log(
    `\nFSRS optimisation: a simulated learner, ${CARDS} words, ${simulated.reviews.length} reviews over ${simulated.days} days (seed ${SEED});` +
      `\n  fitted on ${training.length} reviews of 4 cards in 5 (${trainingSize.reviews} on a later day), judged on the other ${simulated.reviews.length - training.length}`,
  );

  const phases: { phase: OptimisationPhase; at: number }[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const started = performance.now();
  const outcome = await optimiseInChildProcess(
    { logs: training, timeZone: TIME_ZONE, dayStartHour: DAY_START_HOUR, currentParameters: [] },
    ({ phase }) => {
      if (phases.at(-1)?.phase !== phase) phases.push({ phase, at: performance.now() });
    },
  );
  const elapsed = performance.now() - started;
  loopDelay.disable();
  if (outcome.kind !== 'compared') throw new Error(`The simulated history was judged too little: ${outcome.message}`);
  const phaseTimes = phases.map((entry, index) => `${entry.phase} ${seconds((phases[index + 1]?.at ?? started + elapsed) - entry.at)}`).join(', ');
  console.log(`  optimisation in its own process: ${seconds(elapsed)} (start-up ${seconds(phases[0].at - started)}, ${phaseTimes})`);
  console.log(`  the server's event loop meanwhile: longest pause ${(loopDelay.max / 1e6).toFixed(0)} ms`);
  console.log(
    `  decision on the training reviews: defaults log loss ${outcome.current.evaluation.logLoss.toFixed(4)}, new ${outcome.optimised.evaluation.logLoss.toFixed(4)}: ` +
      (outcome.adopt ? 'adopted' : 'kept the defaults'),
  );

  const truth = predictions(testHistories, SIMULATED_LEARNER_PARAMETERS);
  const recovered = predictions(testHistories, outcome.optimised.parameters);
  const defaults = predictions(testHistories, []);
  console.log(`  held-out reviews (${truth.length} on a later day):`);
  console.log(`    true parameters:      ${figures(truth)}`);
  console.log(`    recovered parameters: ${figures(recovered)}   mean |R − true R| ${meanAbsoluteDifference(recovered, truth).toFixed(4)}`);
  console.log(`    ts-fsrs defaults:     ${figures(defaults)}   mean |R − true R| ${meanAbsoluteDifference(defaults, truth).toFixed(4)}`);
  console.log(`  true:      ${SIMULATED_LEARNER_PARAMETERS.map((value) => value.toFixed(2)).join(' ')}`);
  console.log(`  recovered: ${outcome.optimised.parameters.map((value) => value.toFixed(2)).join(' ')}`);
}
