import type { HistorySize } from './history';
import type { Evaluation } from './metrics';
import { OptimiserError } from './errors';
import type { OptimisationOutcome, OptimisationPhase, OptimisationProgress } from './optimise';

/** What the settings page shows of a learner's optimisation: nothing yet, under way, or how it ended. */
export type OptimisationStatus =
  | { state: 'idle' }
  | { state: 'running'; phase: OptimisationPhase; fraction: number | null; startedAt: string }
  | { state: 'too-little'; finishedAt: string; message: string; size: HistorySize }
  | {
      state: 'compared';
      finishedAt: string;
      size: HistorySize;
      current: Evaluation;
      optimised: Evaluation;
      adopted: boolean;
      /** the parameters in use now: the optimised ones when adopted, else the current ones (empty: defaults) */
      parameters: number[];
    }
  | { state: 'failed'; finishedAt: string; message: string };

export function statusOf(outcome: OptimisationOutcome, finishedAt: Date): OptimisationStatus {
  if (outcome.kind === 'too-little') return { state: 'too-little', finishedAt: finishedAt.toISOString(), message: outcome.message, size: outcome.size };
  return {
    state: 'compared',
    finishedAt: finishedAt.toISOString(),
    size: outcome.size,
    current: outcome.current.evaluation,
    optimised: outcome.optimised.evaluation,
    adopted: outcome.adopt,
    parameters: outcome.adopt ? outcome.optimised.parameters : outcome.current.parameters,
  };
}

// On globalThis: one registry for the whole server process, however its modules are bundled.
const REGISTRY = Symbol.for('ciku.optimisations');
type Registry = Map<number, OptimisationStatus>;
const registry = ((globalThis as Record<symbol, Registry | undefined>)[REGISTRY] ??= new Map());

export function optimisationStatus(userId: number): OptimisationStatus {
  return registry.get(userId) ?? { state: 'idle' };
}

/**
 * Starts `work` in the background unless this learner's optimisation is already running (then that one's
 * status is the answer). The status follows its progress and keeps how it ended.
 */
export function startOptimisationJob(
  userId: number,
  work: (onProgress: (progress: OptimisationProgress) => void) => Promise<OptimisationOutcome>,
  now: () => Date = () => new Date(),
): { started: boolean; status: OptimisationStatus } {
  const existing = optimisationStatus(userId);
  if (existing.state === 'running') return { started: false, status: existing };
  const startedAt = now().toISOString();
  const running: OptimisationStatus = { state: 'running', phase: 'reading', fraction: null, startedAt };
  registry.set(userId, running);
  work((progress) => registry.set(userId, { state: 'running', ...progress, startedAt }))
    .then((outcome) => registry.set(userId, statusOf(outcome, now())))
    .catch((error: unknown) => {
      console.error('FSRS optimisation failed:', error);
      const reason = error instanceof OptimiserError ? ` ${error.message}` : ' Try again later.';
      registry.set(userId, { state: 'failed', finishedAt: now().toISOString(), message: `The optimisation failed, so nothing was changed.${reason}` });
    });
  return { started: true, status: running };
}
