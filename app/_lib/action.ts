import { headers } from 'next/headers';
import { asDatabaseUnavailable, openLearner } from '@/lib/data/learner';
import type { Learner } from '@/lib/data/users';
import type { Db } from '@/lib/db/client';
import { logServerError } from '@/lib/log/server-log';

/**
 * A Server Action's work for the learner. When the database cannot be used (at the start or on any query), the
 * action answers with `unavailable`'s value, saying so, as the API answers 503: not a 500 from Next.js. Each
 * action runs in one transaction or one statement, so nothing was changed; the reason is logged.
 */
export async function withLearner<R>(work: (learner: { db: Db; user: Learner }) => Promise<R>, unavailable: (message: string) => R): Promise<R> {
  try {
    return await work(await openLearner());
  } catch (error) {
    const problem = asDatabaseUnavailable(error);
    if (!problem) throw error;
    const path = (await headers()).get('x-ciku-path') ?? undefined;
    logServerError({ status: 503, method: 'POST', path, kind: 'action', reason: problem.message });
    return unavailable(`Nothing was changed: ${problem.message.replace(/\.$/, '')}. Try again in a moment.`);
  }
}
