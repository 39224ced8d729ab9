import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { asDatabaseUnavailable, openLearner } from '@/lib/data/learner';
import type { Db } from '@/lib/db/client';
import { logServerError } from '@/lib/log/server-log';

async function toUnavailablePage(reason: string): Promise<never> {
  const path = (await headers()).get('x-ciku-path') ?? undefined;
  logServerError({ status: 503, method: 'GET', path, reason });
  redirect('/unavailable');
}

const redirecting = new WeakMap<Db, Db>();

/** A client whose every query, not only the first, sends the learner to the "database unavailable" page when the database goes away. */
function redirectingWhenUnavailable(db: Db): Db {
  const known = redirecting.get(db);
  if (known) return known;
  const extended = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          const unavailable = asDatabaseUnavailable(error);
          if (unavailable) await toUnavailablePage(unavailable.message);
          throw error;
        }
      },
    },
  }) as unknown as Db;
  redirecting.set(db, extended);
  return extended;
}

/** For pages: the learner, or the "database unavailable" page instead of a stack trace. */
export async function learnerOrUnavailable() {
  try {
    const { db, user } = await openLearner();
    return { db: redirectingWhenUnavailable(db), user };
  } catch (error) {
    const unavailable = asDatabaseUnavailable(error);
    if (unavailable) await toUnavailablePage(unavailable.message);
    throw error;
  }
}
