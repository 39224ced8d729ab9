import { describe, expect, it } from 'vitest';
import { attachment, backupFileName, localDate, reviewLogFileName } from './file-names';
import { REVIEW_LOG_CSV_HEADER, reviewLogCsvLine } from './review-log-csv';

describe('the review log for the FSRS optimisers', () => {
  it('has the optimisers’ columns, in their order', () => {
    expect(REVIEW_LOG_CSV_HEADER).toBe('card_id,review_time,review_rating,review_state,review_duration');
  });

  it('writes milliseconds since the epoch, the rating, the state before the review as 0–3, and the duration (0 when unknown)', () => {
    const reviewedAt = new Date('2026-03-10T01:00:00.123Z');
    expect(reviewLogCsvLine({ cardId: 42, reviewedAt, rating: 3, stateBefore: 'NEW', durationMs: 4200 })).toBe('42,1773104400123,3,0,4200');
    expect(reviewLogCsvLine({ cardId: 42, reviewedAt, rating: 1, stateBefore: 'LEARNING', durationMs: null })).toBe('42,1773104400123,1,1,0');
    expect(reviewLogCsvLine({ cardId: 7, reviewedAt, rating: 4, stateBefore: 'REVIEW', durationMs: 0 })).toBe('7,1773104400123,4,2,0');
    expect(reviewLogCsvLine({ cardId: 7, reviewedAt, rating: 2, stateBefore: 'RELEARNING', durationMs: 15 })).toBe('7,1773104400123,2,3,15');
  });
});

describe('the names of the downloads', () => {
  it('are dated by the learner’s calendar, not the server’s', () => {
    const now = new Date('2026-03-09T20:00:00Z');
    expect(localDate(now, 'UTC')).toBe('2026-03-09');
    expect(localDate(now, 'Asia/Shanghai')).toBe('2026-03-10');
    expect(reviewLogFileName(now, 'Asia/Shanghai')).toBe('ciku-reviews-2026-03-10.csv');
    expect(backupFileName(now, 'America/Los_Angeles')).toBe('ciku-backup-2026-03-09.json');
  });

  it('are saved as attachments under a name with no quotes or slashes', () => {
    expect(attachment('ciku-backup-2026-03-10.json')).toBe('attachment; filename="ciku-backup-2026-03-10.json"');
    expect(attachment('a"b/c.json')).toBe('attachment; filename="a_b_c.json"');
  });
});
