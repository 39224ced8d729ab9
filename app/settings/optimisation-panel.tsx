import { learnerOptimisationStatus } from '@/lib/data/optimisation';
import { MINIMUM_CARDS, MINIMUM_REVIEWS } from '@/lib/optimisation/history';
import { OptimisationSection } from './optimisation-section';

/** The optimisation section as it stands when the page is loaded: idle, under way, or how it last ended. */
export function OptimisationPanel({ userId, parameters }: { userId: number; parameters: number[] }) {
  return (
    <OptimisationSection
      status={learnerOptimisationStatus(userId)}
      ownParameters={parameters}
      minimum={{ reviews: MINIMUM_REVIEWS, cards: MINIMUM_CARDS }}
    />
  );
}
