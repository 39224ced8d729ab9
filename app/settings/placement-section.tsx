import { learnerOrUnavailable } from '@/app/_lib/learner';
import { placementOffer } from '@/lib/data/placement';
import { PlacementPanel } from './placement-panel';

/**
 * Placement: mark the HSK levels the learner already knows as known. On the dashboard (`firstUse`) only until the
 * first review, with its own heading; on Settings always, with the last placement to undo.
 */
export async function PlacementSection({ firstUse = false }: { firstUse?: boolean }) {
  const { db, user } = await learnerOrUnavailable();
  const offer = await placementOffer(db, user);
  if (firstUse && offer.reviewedAnything) return null;
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: user.timeZone });
  const last = offer.last && {
    id: offer.last.id,
    upToLevel: offer.last.upToLevel,
    cards: offer.last.cards,
    madeAt: when.format(offer.last.createdAt),
    undoneAt: offer.last.undoneAt && when.format(offer.last.undoneAt),
  };
  const heading = firstUse ? 'Already know some Chinese?' : 'Words you already know';
  return (
    <section
      aria-labelledby="placement-heading"
      className={firstUse ? 'rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900' : 'mt-10'}
    >
      <h2 id="placement-heading" className={firstUse ? 'text-lg font-semibold' : 'text-xl font-semibold tracking-tight'}>
        {heading}
      </h2>
      <p className="mt-1 text-stone-600 dark:text-stone-300">
        Mark the words of the HSK levels you know as known in one step, so your new cards start where you are. Only new cards you have
        not studied yet are marked, and you can undo it{firstUse ? ' (here, or later in Settings)' : ''}.
      </p>
      <div className={firstUse ? 'mt-4' : 'mt-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900'}>
        <PlacementPanel markable={offer.markable} last={last} />
      </div>
    </section>
  );
}
