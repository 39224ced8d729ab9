import { redirect } from 'next/navigation';
import { DatabaseUnavailableError, openLearner } from '@/lib/data/learner';

/** For pages: the learner, or the "database unavailable" page instead of a stack trace. */
export async function learnerOrUnavailable() {
  try {
    return await openLearner();
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) redirect('/unavailable');
    throw error;
  }
}
