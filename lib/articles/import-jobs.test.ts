import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '@/lib/data/import-article';
import { importJob, importPercent, runningImport, startImportJob, type ImportProgressReport } from './import-jobs';

const summary = { articleId: 7, title: 'T', outcome: 'created' } as ImportSummary;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('background imports', () => {
  it('runs one import at a time, follows its progress and keeps how it ended', async () => {
    let report: ImportProgressReport = () => {};
    let finish: (value: ImportSummary) => void = () => {};
    const first = startImportJob(1, 'T', (onProgress) => {
      report = onProgress;
      return new Promise((resolve) => (finish = resolve));
    }, () => 'failed');
    expect(first.started).toBe(true);
    if (!first.started) return;
    const second = startImportJob(1, 'U', async () => summary, () => 'failed');
    expect(second).toMatchObject({ started: false, running: { id: first.job.id, title: 'T' } });
    await settle();
    report('saving', 500, 1000);
    expect(importJob(first.job.id)).toMatchObject({ state: 'running', stage: 'saving', percent: importPercent('saving', 500, 1000) });
    expect(importJob('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    finish(summary);
    await settle();
    expect(importJob(first.job.id)).toMatchObject({ state: 'done', percent: 100, summary: { articleId: 7 } });
    expect(runningImport()).toBeNull();
  });

  it('says why an import failed, and lets the next one start', async () => {
    const started = startImportJob(1, 'T', async () => Promise.reject(new Error('boom')), (error) => `nothing written: ${(error as Error).message}`);
    await settle();
    expect(started.started && importJob(started.job.id)).toMatchObject({ state: 'failed', message: 'nothing written: boom' });
    expect(startImportJob(1, 'V', async () => summary, () => '').started).toBe(true);
  });

  it('shows progress rising through the stages', () => {
    const steps = [importPercent('starting', 0, 1), importPercent('extracting', 0, 1), importPercent('extracting', 1, 1), importPercent('saving', 0, 10), importPercent('saving', 10, 10), importPercent('finishing', 1, 1)];
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(Math.max(...steps)).toBeLessThan(100);
  });
});
