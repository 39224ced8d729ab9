import type { Evaluation } from './metrics';

/**
 * New parameters replace the current ones only when they predict the learner's own history better on
 * both of FSRS's measures: a lower log loss and an RMSE (bins) no higher. Anything else keeps what works.
 */
export function isImprovement(current: Evaluation, optimised: Evaluation): boolean {
  return optimised.logLoss < current.logLoss && optimised.rmseBins <= current.rmseBins;
}
