/** How the learner's memory of their cards is spread: the bins the statistics page draws. */
import { computeDecayFactor, generatorParameters } from 'ts-fsrs';

/** Stability bins' upper edges, in days; the last bin is open. */
export const STABILITY_EDGES = [1, 3, 7, 14, 30, 90, 180, 365] as const;
export const STABILITY_LABELS = ['<1d', '1–3d', '3–7d', '1–2w', '2–4w', '1–3mo', '3–6mo', '6–12mo', '>1y'];
export const STABILITY_TITLES = ['under a day', '1 to 3 days', '3 to 7 days', '1 to 2 weeks', '2 to 4 weeks', '1 to 3 months', '3 to 6 months', '6 to 12 months', 'over a year'];

/** Difficulty runs from 1 to 10: nine bins one point wide. */
export const DIFFICULTY_LABELS = Array.from({ length: 9 }, (_, index) => `${index + 1}–${index + 2}`);

/** Retrievability in tenths: 0–10 %, …, 90–100 %. */
export const RETRIEVABILITY_LABELS = Array.from({ length: 10 }, (_, index) => `${index * 10}–${index * 10 + 10}%`);

/**
 * The forgetting curve's constants for the learner's parameters, as ts-fsrs computes retrievability:
 * R = (1 + factor · t / S) ^ decay, t in whole days since the last review.
 */
export function forgettingCurve(parameters: readonly number[]): { decay: number; factor: number } {
  const w = generatorParameters(parameters.length > 0 ? { w: [...parameters] } : {}).w;
  return computeDecayFactor(w);
}

/** Counts by bin index (as the database returns them) laid out over every bin, empty ones included. */
export function binCounts(rows: { bin: number; count: number }[], bins: number): number[] {
  const counts = Array.from({ length: bins }, () => 0);
  for (const { bin, count } of rows) counts[Math.min(bins - 1, Math.max(0, bin))] += count;
  return counts;
}
