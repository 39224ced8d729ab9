/**
 * The review log in the layout the FSRS optimisers read (fsrs-optimizer, fsrs-rs, fsrs-browser):
 * card_id, review_time in milliseconds since the epoch, review_rating 1–4 (Again, Hard, Good, Easy),
 * review_state as it was before the review (0 New, 1 Learning, 2 Review, 3 Relearning) and review_duration
 * in milliseconds (0 when the answer's time was not measured).
 */
export const REVIEW_LOG_CSV_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';

const STATE_NUMBERS = { NEW: 0, LEARNING: 1, REVIEW: 2, RELEARNING: 3 } as const;

export interface ReviewLogCsvRow {
  cardId: number;
  reviewedAt: Date;
  rating: number;
  stateBefore: keyof typeof STATE_NUMBERS;
  durationMs: number | null;
}

export function reviewLogCsvLine(row: ReviewLogCsvRow): string {
  return `${row.cardId},${row.reviewedAt.getTime()},${row.rating},${STATE_NUMBERS[row.stateBefore]},${row.durationMs ?? 0}`;
}
