import { describe, expect, it } from 'vitest';
import { schedulerFor } from './review';

const SETTINGS = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  fsrsParameters: [] as number[],
};

describe('schedulerFor', () => {
  it('builds one scheduler per configuration, keyed by everything that configures it', () => {
    const scheduler = schedulerFor(SETTINGS);
    expect(schedulerFor({ ...SETTINGS, learningSteps: ['1m', '10m'] })).toBe(scheduler);
    const changes = [
      { desiredRetention: 0.85 },
      { maximumIntervalDays: 365 },
      { learningSteps: ['1m'] },
      { relearningSteps: [] },
      { fsrsParameters: [0.4, 1.2, 3.1] },
    ];
    for (const change of changes) expect(schedulerFor({ ...SETTINGS, ...change }), JSON.stringify(change)).not.toBe(scheduler);
    expect(schedulerFor({ ...SETTINGS })).toBe(scheduler);
  });
});
