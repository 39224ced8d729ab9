import { formatInterval } from '@/lib/scheduling/fsrs';

/** "due now", "in 10m", "in 3d": the same labels as the answer buttons. */
export function formatRelativeDue(due: Date, now: Date): string {
  const wait = due.getTime() - now.getTime();
  return wait <= 0 ? 'due now' : `in ${formatInterval(wait)}`;
}
