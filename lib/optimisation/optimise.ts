import { cardHistories, historySize, tooLittleHistory, trainingItems, type HistorySize, type LoggedReview } from './history';
import { isImprovement } from './decision';
import { evaluate, type Evaluation } from './metrics';
import { loadNativeOptimiser } from './native-optimiser';

export interface OptimisationInput {
  logs: LoggedReview[];
  timeZone: string;
  dayStartHour: number;
  /** the learner's parameters now; empty for ts-fsrs's defaults */
  currentParameters: number[];
  /** how many relearning steps the learner has (1 by default): fsrs-rs bounds the short-term parameters by it */
  relearningSteps?: number;
}

export type OptimisationPhase = 'reading' | 'fitting' | 'comparing';

export interface OptimisationProgress {
  phase: OptimisationPhase;
  /** how far the fitting is, from 0 to 1, when the optimiser says */
  fraction: number | null;
}

export type OptimisationOutcome =
  | { kind: 'too-little'; size: HistorySize; message: string }
  | {
      kind: 'compared';
      size: HistorySize;
      current: { parameters: number[]; evaluation: Evaluation };
      optimised: { parameters: number[]; evaluation: Evaluation };
      /** true when the optimised parameters predict the history better, so they replace the current ones */
      adopt: boolean;
    };

/**
 * Fits FSRS's parameters to the learner's history with fsrs-rs (through @open-spaced-repetition/binding's
 * native package, which trains on a thread of its own), then judges the current and the fitted parameters
 * on the same reviews with ts-fsrs, the model that schedules the learner's cards.
 */
export async function optimiseHistory(input: OptimisationInput, onProgress: (progress: OptimisationProgress) => void = () => {}): Promise<OptimisationOutcome> {
  onProgress({ phase: 'reading', fraction: null });
  const histories = cardHistories(input.logs, input.timeZone, input.dayStartHour);
  const size = historySize(histories);
  const tooLittle = tooLittleHistory(size);
  if (tooLittle) return { kind: 'too-little', size, message: tooLittle };

  onProgress({ phase: 'fitting', fraction: 0 });
  const { computeParameters, FSRSBindingItem, FSRSBindingReview } = loadNativeOptimiser();
  const items = trainingItems(histories).map((item) => new FSRSBindingItem(item.reviews.map((review) => new FSRSBindingReview(review.rating, review.deltaT))));
  const fitted = await computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps: input.relearningSteps ?? 1,
    progress: (current, total) => onProgress({ phase: 'fitting', fraction: total > 0 ? Math.min(current / total, 1) : null }),
  });
  // fsrs-rs computes in 32-bit floats: four decimals are all they mean.
  const optimisedParameters = fitted.map((value) => Math.round(value * 10_000) / 10_000);

  onProgress({ phase: 'comparing', fraction: null });
  const current = { parameters: input.currentParameters, evaluation: evaluate(histories, input.currentParameters) };
  const optimised = { parameters: optimisedParameters, evaluation: evaluate(histories, optimisedParameters) };
  return { kind: 'compared', size, current, optimised, adopt: isImprovement(current.evaluation, optimised.evaluation) };
}
