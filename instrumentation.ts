import type { Instrumentation } from 'next';

/** At server start: what Next.js would answer before proxy.ts (a 500, or without the security headers) is answered first. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ Server }, { allowedHostsFrom, answerBeforeNextOn }] = await Promise.all([import('node:http'), import('@/lib/http/before-next')]);
  answerBeforeNextOn(Server, { refuseUpgrades: process.env.NODE_ENV === 'production', allowedHosts: allowedHostsFrom(process.env.CIKU_ALLOWED_HOSTS) });
}

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
