import { describe, expect, it, vi } from 'vitest';
import { OptimiserError } from './errors';
import { optimisationStatus, startOptimisationJob } from './jobs';
import type { OptimisationOutcome } from './optimise';

const NOW = () => new Date('2026-05-01T10:00:00Z');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startOptimisationJob', () => {
  it('runs one optimisation per learner at a time, follows its progress and keeps how it ended', async () => {
    let finish: (outcome: OptimisationOutcome) => void = () => {};
    let report: Parameters<Parameters<typeof startOptimisationJob>[1]>[0] = () => {};
    const work = vi.fn((onProgress: typeof report) => {
      report = onProgress;
      return new Promise<OptimisationOutcome>((resolve) => (finish = resolve));
    });
    expect(optimisationStatus(101)).toEqual({ state: 'idle' });
    expect(startOptimisationJob(101, work, NOW)).toMatchObject({ started: true, status: { state: 'running', phase: 'reading' } });
    expect(startOptimisationJob(101, work, NOW)).toMatchObject({ started: false, status: { state: 'running' } });
    expect(startOptimisationJob(102, async () => ({ kind: 'too-little', size: { reviews: 3, cards: 1 }, message: 'Too little.' }), NOW).started).toBe(true);
    expect(work).toHaveBeenCalledTimes(1);

    report({ phase: 'fitting', fraction: 0.5 });
    expect(optimisationStatus(101)).toMatchObject({ state: 'running', phase: 'fitting', fraction: 0.5 });
    const evaluation = { logLoss: 0.3, rmseBins: 0.04 };
    finish({
      kind: 'compared',
      size: { reviews: 500, cards: 60 },
      current: { parameters: [], evaluation },
      optimised: { parameters: [1, 2, 3], evaluation: { logLoss: 0.29, rmseBins: 0.03 } },
      adopt: true,
    });
    await settle();
    expect(optimisationStatus(101)).toMatchObject({ state: 'compared', adopted: true, parameters: [1, 2, 3], current: evaluation });
    expect(optimisationStatus(102)).toMatchObject({ state: 'too-little', message: 'Too little.' });
    expect(startOptimisationJob(101, work, NOW).started).toBe(true);
  });

  it('says why when the optimiser cannot run, and only that it failed otherwise', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    startOptimisationJob(103, async () => Promise.reject(new OptimiserError('No optimiser for this platform.')), NOW);
    startOptimisationJob(104, async () => Promise.reject(new Error('internal detail')), NOW);
    await settle();
    expect(optimisationStatus(103)).toEqual({
      state: 'failed',
      finishedAt: '2026-05-01T10:00:00.000Z',
      message: 'The optimisation failed, so nothing was changed. No optimiser for this platform.',
    });
    expect(optimisationStatus(104)).toMatchObject({ state: 'failed', message: 'The optimisation failed, so nothing was changed. Try again later.' });
    vi.restoreAllMocks();
  });
});
