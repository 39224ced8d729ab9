import { learnerOrUnavailable } from '@/app/_lib/learner';
import { learnerDataCounts } from '@/lib/data/backup-export';

const linkClass = 'font-medium text-sky-700 underline underline-offset-4 dark:text-sky-400';
const codeClass = 'rounded bg-stone-100 px-1.5 py-0.5 text-sm dark:bg-stone-800';

/** Settings → Your data: the two downloads. Plain links: they work without JavaScript and under the page's CSP. */
export async function YourData() {
  const { db, user } = await learnerOrUnavailable();
  const { reviews, cards } = await learnerDataCounts(db, user.id);
  return (
    <section aria-labelledby="your-data" className="mt-10">
      <h2 id="your-data" className="text-xl font-semibold tracking-tight">
        Your data
      </h2>
      <p className="mt-1 text-stone-600 dark:text-stone-300">Everything you studied, yours to keep, analyse or move.</p>
      <ul className="mt-4 flex flex-col gap-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <li>
          <a href="/api/export/reviews" download className={linkClass}>
            Download your review log (CSV)
          </a>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
            Your {reviews.toLocaleString('en')} {reviews === 1 ? 'review' : 'reviews'} in the columns the FSRS optimisers read (
            <code className={codeClass}>card_id,review_time,review_rating,review_state,review_duration</code>), to fit FSRS to your memory.
          </p>
        </li>
        <li>
          <a href="/api/export/backup" download className={linkClass}>
            Download a complete backup (JSON)
          </a>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
            Your articles, words, {cards.toLocaleString('en')} {cards === 1 ? 'card' : 'cards'}, every review and your settings. Restore it
            into an empty database with <code className={codeClass}>npm run db:restore -- ciku-backup-….json</code>.
          </p>
        </li>
      </ul>
    </section>
  );
}
