import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/generated/prisma/client';
import { optimiseInChildProcess } from '@/lib/optimisation/child-process';
import type { LoggedReview } from '@/lib/optimisation/history';
import { optimisationStatus, startOptimisationJob, type OptimisationStatus } from '@/lib/optimisation/jobs';
import type { OptimisationOutcome, OptimisationProgress } from '@/lib/optimisation/optimise';
import { storeFsrsParameters } from './users';

const PAGE = 2_000;

/**
 * Every review in the learner's log (undone reviews are no longer in it), in log order. Read a page at a
 * time: on the embedded database a query holds the app's only thread, so other requests go in between.
 */
export async function loadReviewHistory(db: Db, userId: number): Promise<LoggedReview[]> {
  const logs: LoggedReview[] = [];
  let after = 0;
  for (;;) {
    const page = await db.reviewLog.findMany({
      where: { userId, id: { gt: after } },
      select: { id: true, cardId: true, rating: true, stateBefore: true, reviewedAt: true },
      orderBy: { id: 'asc' },
      take: PAGE,
    });
    for (const { cardId, rating, stateBefore, reviewedAt } of page) logs.push({ cardId, rating, stateBefore, reviewedAt });
    if (page.length < PAGE) return logs;
    after = page[page.length - 1].id;
    // PGlite answers without ever yielding to the event loop: let waiting requests run.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

type Learner = Pick<User, 'id' | 'timeZone' | 'dayStartHour' | 'fsrsParameters' | 'relearningSteps'>;

/**
 * Optimises the learner's FSRS parameters on their review history and stores the new ones when they predict
 * it better; from then on every grade uses them (past reviews are left as they were).
 */
export async function optimiseLearner(db: Db, user: Learner, onProgress: (progress: OptimisationProgress) => void = () => {}): Promise<OptimisationOutcome> {
  onProgress({ phase: 'reading', fraction: null });
  const logs = await loadReviewHistory(db, user.id);
  const outcome = await optimiseInChildProcess(
    { logs, timeZone: user.timeZone, dayStartHour: user.dayStartHour, currentParameters: user.fsrsParameters, relearningSteps: user.relearningSteps.length },
    onProgress,
  );
  if (outcome.kind === 'compared' && outcome.adopt) await storeFsrsParameters(db, user.id, outcome.optimised.parameters);
  return outcome;
}

/** Starts the learner's optimisation in the background, unless one is running already. */
export function startLearnerOptimisation(db: Db, user: Learner): { started: boolean; status: OptimisationStatus } {
  return startOptimisationJob(user.id, (onProgress) => optimiseLearner(db, user, onProgress));
}

export function learnerOptimisationStatus(userId: number): OptimisationStatus {
  return optimisationStatus(userId);
}
