import { default_w, FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { CardHistory } from './history';

/** The parameters FSRS runs with: the learner's own, or ts-fsrs's defaults while they have none. */
export function effectiveParameters(parameters: readonly number[]): number[] {
  return parameters.length > 0 ? [...parameters] : [...default_w];
}

/** One review FSRS is judged on: the chance of recall predicted before it, whether it was recalled, its bin. */
export interface Prediction {
  retrievability: number;
  recalled: boolean;
  bin: string;
}

// FSRS's evaluation keeps predictions off 0 and 1, where log loss is infinite.
const clampProbability = (value: number) => Math.min(Math.max(value, 0.0001), 0.9999);

const bucket = (value: number, base: number, scale: number) => Math.round(scale * base ** Math.floor(Math.log(value) / Math.log(base)));

/**
 * FSRS's bins for RMSE (fsrs-rs `r_matrix_index`): the days since the previous review, the number of
 * reviews on later days so far and the lapses before it, each on a logarithmic scale.
 */
export function binOf(reviews: { rating: number; deltaT: number }[]): string {
  const current = reviews[reviews.length - 1];
  const deltaTBin = bucket(current.deltaT, 3.62, 248);
  const length = reviews.filter((review) => review.deltaT > 0).length + 1;
  const lapses = reviews.slice(0, -1).filter((review) => review.rating === 1 && review.deltaT > 0).length;
  return `${deltaTBin}/${bucket(length, 1.89, 1.99)}/${lapses === 0 ? 0 : bucket(lapses, 1.73, 1.65)}`;
}

/**
 * What FSRS with these parameters predicts for each review made on a later day than the card's previous
 * one (the reviews `trainingItems` makes items of), following each card's memory through all its reviews.
 */
export function predictions(histories: CardHistory[], parameters: readonly number[]): Prediction[] {
  const algorithm = new FSRSAlgorithm(generatorParameters({ w: effectiveParameters(parameters), enable_short_term: true }));
  const result: Prediction[] = [];
  for (const { reviews } of histories) {
    let state: FSRSState | null = null;
    reviews.forEach((review, index) => {
      if (state && index > 0 && review.deltaT > 0) {
        result.push({
          retrievability: clampProbability(algorithm.forgetting_curve(review.deltaT, state.stability)),
          recalled: review.rating > 1,
          bin: binOf(reviews.slice(0, index + 1)),
        });
      }
      state = algorithm.next_state(state, review.deltaT, review.rating);
    });
  }
  return result;
}

/** Mean binary cross-entropy of the predictions: lower is better. */
export function logLoss(predicted: Prediction[]): number {
  if (predicted.length === 0) return NaN;
  let total = 0;
  for (const { retrievability, recalled } of predicted) total -= Math.log(recalled ? retrievability : 1 - retrievability);
  return total / predicted.length;
}

/**
 * RMSE over bins, as FSRS evaluates it: within each bin, the mean prediction against the share recalled;
 * the squared gaps weighted by the bin's size. Lower is better.
 */
export function rmseBins(predicted: Prediction[]): number {
  if (predicted.length === 0) return NaN;
  const bins = new Map<string, { predicted: number; recalled: number; count: number }>();
  for (const prediction of predicted) {
    const bin = bins.get(prediction.bin) ?? { predicted: 0, recalled: 0, count: 0 };
    bin.predicted += prediction.retrievability;
    bin.recalled += prediction.recalled ? 1 : 0;
    bin.count += 1;
    bins.set(prediction.bin, bin);
  }
  let total = 0;
  for (const bin of bins.values()) total += bin.count * (bin.predicted / bin.count - bin.recalled / bin.count) ** 2;
  return Math.sqrt(total / predicted.length);
}

export interface Evaluation {
  logLoss: number;
  rmseBins: number;
}

export function evaluate(histories: CardHistory[], parameters: readonly number[]): Evaluation {
  const predicted = predictions(histories, parameters);
  return { logLoss: logLoss(predicted), rmseBins: rmseBins(predicted) };
}

/** The mean gap between two parameter sets' predictions of the same reviews. */
export function meanAbsoluteDifference(a: Prediction[], b: Prediction[]): number {
  if (a.length !== b.length) throw new RangeError('The two sets of predictions are not of the same reviews.');
  if (a.length === 0) return NaN;
  return a.reduce((total, prediction, index) => total + Math.abs(prediction.retrievability - b[index].retrievability), 0) / a.length;
}
