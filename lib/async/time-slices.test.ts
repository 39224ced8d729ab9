import { describe, expect, it } from 'vitest';
import { timeSlices } from './time-slices';

describe('timeSlices', () => {
  it('lets a waiting callback run once a slice of busy work has run out', async () => {
    const pause = timeSlices(5);
    let ranMeanwhile = false;
    setImmediate(() => (ranMeanwhile = true));
    const started = performance.now();
    while (!ranMeanwhile && performance.now() - started < 1_000) {
      const busyUntil = performance.now() + 1;
      while (performance.now() < busyUntil);
      await pause();
    }
    expect(ranMeanwhile).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('does not yield while the slice lasts', async () => {
    const pause = timeSlices(60_000);
    let ranMeanwhile = false;
    setImmediate(() => (ranMeanwhile = true));
    for (let step = 0; step < 100; step++) await pause();
    expect(ranMeanwhile).toBe(false);
  });
});
