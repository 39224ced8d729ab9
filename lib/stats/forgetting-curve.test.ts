import { describe, expect, it } from 'vitest';
import { forgettingCurve } from './distributions';
import { memoryCurve, retrievabilityAfter } from './forgetting-curve';

const curve = forgettingCurve([]);
const DAY = 86_400_000;

describe("a word's forgetting curve", () => {
  it('falls to 90 % after as many days as the stability, as FSRS defines stability', () => {
    expect(retrievabilityAfter(0, 10, curve)).toBe(1);
    expect(retrievabilityAfter(10, 10, curve)).toBeCloseTo(0.9, 4);
    expect(retrievabilityAfter(30, 10, curve)).toBeLessThan(0.9);
  });

  it('restarts at full recall at each review, with the stability that review left, and projects past the next review', () => {
    const first = new Date('2026-03-01T10:00:00Z');
    const second = new Date('2026-03-04T10:00:00Z');
    const now = new Date('2026-03-10T10:00:00Z');
    const due = new Date('2026-03-20T10:00:00Z');
    const result = memoryCurve(
      [
        { reviewedAt: first, stabilityBefore: 0 },
        { reviewedAt: second, stabilityBefore: 3 },
      ],
      { stability: 16, due, lastReview: second, studied: true },
      now,
      curve,
    )!;
    expect(result.past).toHaveLength(2);
    expect(result.past[0][0]).toEqual([first.getTime(), 1]);
    // Three days on a stability of 3: 90 % just before the second review.
    expect(result.past[0].at(-1)![1]).toBeCloseTo(0.9, 4);
    expect(result.past[1][0]).toEqual([second.getTime(), 1]);
    expect(result.projection[0][0]).toBe(now.getTime());
    expect(result.projection.at(-1)![0]).toBeGreaterThan(due.getTime());
    expect(result.recallNow).toBeCloseTo(retrievabilityAfter(6, 16, curve), 6);
    expect(result.recallAtDue).toBeCloseTo(retrievabilityAfter(16, 16, curve), 6);
    expect(result.due).toBe(due.getTime());
    expect(result.end - due.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('has nothing to draw for a word never reviewed', () => {
    expect(memoryCurve([], { stability: 0, due: new Date(), lastReview: null, studied: false }, new Date(), curve)).toBeNull();
  });
});
