import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/generated/prisma/client';
import { optimiseInChildProcess } from '@/lib/optimisation/child-process';
import type { LoggedReview } from '@/lib/optimisation/history';
import { optimisationStatus, startOptimisationJob, type OptimisationStatus } from '@/lib/optimisation/jobs';
import type { OptimisationOutcome, OptimisationProgress } from '@/lib/optimisation/optimise';
import { storeFsrsParameters } from './users';

/** Every review in the learner's log, oldest first (undone reviews are no longer in it). */
export async function loadReviewHistory(db: Db, userId: number): Promise<LoggedReview[]> {
  return db.reviewLog.findMany({
    where: { userId },
    select: { cardId: true, rating: true, stateBefore: true, reviewedAt: true },
    orderBy: [{ reviewedAt: 'asc' }, { id: 'asc' }],
  });
}

type Learner = Pick<User, 'id' | 'timeZone' | 'dayStartHour' | 'fsrsParameters'>;

/**
 * Optimises the learner's FSRS parameters on their review history and stores the new ones when they predict
 * it better; from then on every grade uses them (past reviews are left as they were).
 */
export async function optimiseLearner(db: Db, user: Learner, onProgress: (progress: OptimisationProgress) => void = () => {}): Promise<OptimisationOutcome> {
  onProgress({ phase: 'reading', fraction: null });
  const logs = await loadReviewHistory(db, user.id);
  const outcome = await optimiseInChildProcess(
    { logs, timeZone: user.timeZone, dayStartHour: user.dayStartHour, currentParameters: user.fsrsParameters },
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
