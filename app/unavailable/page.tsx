import type { Metadata } from 'next';
import Link from 'next/link';
import { databaseProblem } from '@/lib/data/learner';

export const metadata: Metadata = { title: 'Database unavailable' };

export default async function UnavailablePage() {
  const problem = await databaseProblem();
  return (
    <section className="mx-auto max-w-xl rounded-2xl border border-red-200 bg-white p-8 shadow-sm dark:border-red-900 dark:bg-stone-900">
      <h1 className="text-2xl font-semibold">{problem ? 'Ciku cannot reach its database' : 'The database is back'}</h1>
      {problem ? (
        <>
          <p className="mt-3 break-words text-stone-700 dark:text-stone-200" data-testid="database-problem">
            {problem}
          </p>
          <p className="mt-3 text-sm text-stone-600 dark:text-stone-300">
            Your cards and reviews are safe in the database; nothing was changed. Check that <code>DATABASE_URL</code> points at a running
            PostgreSQL server, or, for the embedded database, that no other Ciku process has it open.
          </p>
        </>
      ) : (
        <p className="mt-3 text-stone-700 dark:text-stone-200">Everything works again.</p>
      )}
      <Link href="/" className="mt-6 inline-block rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
        Try again
      </Link>
    </section>
  );
}
