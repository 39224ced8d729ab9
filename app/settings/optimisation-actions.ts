'use server';

import { revalidatePath } from 'next/cache';
import { openLearner } from '@/lib/data/learner';
import { learnerOptimisationStatus, startLearnerOptimisation } from '@/lib/data/optimisation';
import type { OptimisationStatus } from '@/lib/optimisation/jobs';

// Neither action takes input: whatever a caller sends is ignored.

/** Starts optimising the learner's FSRS parameters in the background; one at a time per learner. */
export async function startOptimisation(): Promise<OptimisationStatus> {
  const { db, user } = await openLearner();
  return startLearnerOptimisation(db, user).status;
}

/** How the learner's optimisation is going, or how it ended; the settings page polls it. */
export async function optimisationProgress(): Promise<OptimisationStatus> {
  const { user } = await openLearner();
  const status = learnerOptimisationStatus(user.id);
  if (status.state === 'compared' && status.adopted) revalidatePath('/', 'layout');
  return status;
}
