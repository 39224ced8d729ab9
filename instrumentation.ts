import type { Instrumentation } from 'next';

/** At server start: requests Next.js would fail with a 500 before any of the app's code runs get a 405 instead. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ Server }, { refuseTraceRequests }] = await Promise.all([import('node:http'), import('@/lib/http/trace-requests')]);
  refuseTraceRequests(Server);
}

/** Every error a page or route fails with becomes one structured line in the server's log (the client sees no stack). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const [{ logServerError }, { errorReason }] = await Promise.all([import('@/lib/log/server-log'), import('@/lib/db/errors')]);
  logServerError({
    status: 500,
    method: request.method,
    // The query string may hold what a learner typed: the path is enough to find the failure.
    path: request.path.split('?')[0],
    route: context.routePath,
    kind: context.routeType,
    reason: errorReason(error),
    digest: (error as { digest?: string }).digest,
  });
};
