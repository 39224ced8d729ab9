/**
 * A word's memory over time as FSRS models it: after each review, the chance of recall falls along the
 * forgetting curve of the stability that review left; from the last review on, the same curve runs on to the
 * next review and past it. Pure: points in time (ms) and retrievability (0–1), ready to draw.
 */
import { forgetting_curve } from 'ts-fsrs';

const DAY = 86_400_000;

export interface MemoryReview {
  reviewedAt: Date;
  /** The stability the card had before this review (0 for a new card). */
  stabilityBefore: number;
}

export interface MemoryCurve {
  /** From each review to the next, or to now: what happened. */
  past: [number, number][][];
  /** From now to a little past the next review: what FSRS expects. */
  projection: [number, number][];
  start: number;
  end: number;
  now: number;
  due: number | null;
  recallNow: number | null;
  recallAtDue: number | null;
}

const STEPS = 24;

/** ts-fsrs's own forgetting curve, for fractional days too (the curve is drawn, not only read at whole days). */
export function retrievabilityAfter(days: number, stability: number, curve: { decay: number }): number {
  return stability > 0 ? forgetting_curve(-curve.decay, Math.max(0, days), stability) : 0;
}

function segment(from: number, to: number, reviewedAt: number, stability: number, curve: { decay: number; factor: number }): [number, number][] {
  return Array.from({ length: STEPS + 1 }, (_, step) => {
    const time = from + ((to - from) * step) / STEPS;
    return [time, retrievabilityAfter((time - reviewedAt) / DAY, stability, curve)];
  });
}

/** `reviews` oldest first; `card` as it is now (stability after its last review). */
export function memoryCurve(
  reviews: MemoryReview[],
  card: { stability: number; due: Date; lastReview: Date | null; studied: boolean },
  now: Date,
  curve: { decay: number; factor: number },
): MemoryCurve | null {
  if (reviews.length === 0 || !card.studied || !card.lastReview || card.stability <= 0) return null;
  const times = reviews.map((review) => review.reviewedAt.getTime());
  const stabilityAfter = reviews.map((_, index) => (index + 1 < reviews.length ? reviews[index + 1].stabilityBefore : card.stability));
  const nowMs = Math.max(now.getTime(), times.at(-1)!);
  const due = card.due.getTime();
  const end = Math.max(nowMs, due) + Math.max(DAY, (Math.max(nowMs, due) - times[0]) * 0.15);
  const last = card.lastReview.getTime();
  const past = times.map((time, index) => segment(time, index + 1 < times.length ? times[index + 1] : nowMs, time, stabilityAfter[index], curve));
  return {
    past,
    projection: segment(nowMs, end, last, card.stability, curve),
    start: times[0],
    end,
    now: nowMs,
    due: due > nowMs ? due : null,
    recallNow: retrievabilityAfter((nowMs - last) / DAY, card.stability, curve),
    recallAtDue: due > nowMs ? retrievabilityAfter((due - last) / DAY, card.stability, curve) : null,
  };
}
