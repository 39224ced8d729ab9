import { randomUUID } from 'node:crypto';
import type { ImportSummary } from '@/lib/data/import-article';

/**
 * Imports started from the browser run in the background of the server process, one at a time: the page
 * polls their status while the learner goes on studying. Kept in memory (a restart forgets them; an
 * import is one transaction, so an interrupted one wrote nothing).
 */
export type ImportStage = 'starting' | 'extracting' | 'saving' | 'finishing';

export type ImportJobStatus =
  | { id: string; title: string; state: 'running'; stage: ImportStage; done: number; total: number; percent: number; startedAt: string }
  | { id: string; title: string; state: 'done'; percent: 100; startedAt: string; finishedAt: string; summary: ImportSummary }
  | { id: string; title: string; state: 'failed'; startedAt: string; finishedAt: string; message: string };

export type ImportProgressReport = (stage: 'extracting' | 'saving', done: number, total: number) => void;

/** Finding the words is most of an import's work; saving the rest. */
export function importPercent(stage: ImportStage, done: number, total: number): number {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  if (stage === 'starting') return 0;
  if (stage === 'extracting') return Math.round(5 + 55 * fraction);
  if (stage === 'saving') return Math.round(60 + 35 * fraction);
  return 97;
}

interface Registry {
  jobs: Map<string, { userId: number; status: ImportJobStatus }>;
  running: string | null;
}

const FINISHED_KEPT = 20;
// On globalThis: one registry for the whole server process, however its modules are bundled.
const REGISTRY = Symbol.for('ciku.article-imports');
const registry = ((globalThis as Record<symbol, Registry | undefined>)[REGISTRY] ??= { jobs: new Map(), running: null });

/**
 * A job by its id (a random UUID, known only to the page that started it); undefined when unknown or forgotten.
 * Its status needs no database: the page follows it even while the import holds the embedded database.
 */
export function importJob(id: string): ImportJobStatus | undefined {
  return registry.jobs.get(id)?.status;
}

/** The import running in this server now, whoever started it. */
export function runningImport(): ImportJobStatus | null {
  return registry.running ? (registry.jobs.get(registry.running)?.status ?? null) : null;
}

function forgetOldJobs(): void {
  const finished = [...registry.jobs].filter(([, job]) => job.status.state !== 'running');
  for (const [id] of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) registry.jobs.delete(id);
}

/**
 * Starts `work` in the background unless an import is running already (then that one is the answer). The
 * status follows the progress `work` reports and keeps how it ended: its summary, or why it failed.
 */
export function startImportJob(
  userId: number,
  title: string,
  work: (onProgress: ImportProgressReport) => Promise<ImportSummary>,
  describeFailure: (error: unknown) => string,
  now: () => Date = () => new Date(),
): { started: true; job: ImportJobStatus } | { started: false; running: ImportJobStatus } {
  const running = runningImport();
  if (running) return { started: false, running };
  const id = randomUUID();
  const startedAt = now().toISOString();
  const set = (status: ImportJobStatus) => registry.jobs.set(id, { userId, status });
  const job: ImportJobStatus = { id, title, state: 'running', stage: 'starting', done: 0, total: 1, percent: 0, startedAt };
  set(job);
  registry.running = id;
  const onProgress: ImportProgressReport = (stage, done, total) => {
    // The last batch saved leaves the statistics to refresh and the transaction to commit.
    const shown: ImportStage = stage === 'saving' && total > 0 && done >= total ? 'finishing' : stage;
    set({ id, title, state: 'running', stage: shown, done, total, percent: importPercent(shown, done, total), startedAt });
  };
  // Started on the next turn of the event loop: the request that asked for it is answered first.
  new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => work(onProgress))
    .then((summary) => set({ id, title: summary.title, state: 'done', percent: 100, startedAt, finishedAt: now().toISOString(), summary }))
    .catch((error: unknown) => set({ id, title, state: 'failed', startedAt, finishedAt: now().toISOString(), message: describeFailure(error) }))
    .finally(() => {
      registry.running = null;
      forgetOldJobs();
    });
  return { started: true, job };
}
