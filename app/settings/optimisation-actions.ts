'use server';

import { revalidatePath } from 'next/cache';
import { withLearner } from '@/app/_lib/action';
import { learnerOptimisationStatus, startLearnerOptimisation } from '@/lib/data/optimisation';
import type { OptimisationStatus } from '@/lib/optimisation/jobs';

// Neither action takes input: whatever a caller sends is ignored.

const failed = (message: string): OptimisationStatus => ({ state: 'failed', finishedAt: new Date().toISOString(), message });

/** Starts optimising the learner's FSRS parameters in the background; one at a time per learner. */
export async function startOptimisation(): Promise<OptimisationStatus> {
  return withLearner(async ({ db, user }) => startLearnerOptimisation(db, user).status, failed);
}

/** How the learner's optimisation is going, or how it ended; the settings page polls it. */
export async function optimisationProgress(): Promise<OptimisationStatus> {
  return withLearner(async ({ user }) => {
    const status = learnerOptimisationStatus(user.id);
    if (status.state === 'compared' && status.adopted) revalidatePath('/', 'layout');
    return status;
  }, failed);
}
