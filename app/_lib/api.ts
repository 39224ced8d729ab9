import { NextResponse } from 'next/server';
import { z } from 'zod';
import { asDatabaseUnavailable, openLearner } from '@/lib/data/learner';
import { errorReason } from '@/lib/db/errors';
import { logServerError } from '@/lib/log/server-log';
import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/data/users';
import { readJsonRequest } from '@/lib/http/request-guard';
import { API_HEADERS } from '@/lib/http/security-headers';
import { MAX_INT32 } from '@/lib/validation/ids';

const STATUS_BY_ERROR: Record<string, number> = {
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  inactive: 409,
  'not-latest': 409,
  'already-undone': 409,
  undone: 409,
  'request-reused': 422,
};

/** Ids are PostgreSQL `integer` columns: anything outside 1…2³¹−1 names no row. */
export const rowId = z.number().int().positive().max(MAX_INT32);

type Outcome = { ok: true } | { ok: false; error: string; message: string };

/** A JSON refusal with the API's headers. */
export const refuse = (status: number, error: string, message: string) => NextResponse.json({ ok: false, error, message }, { status, headers: API_HEADERS });

/** The answer when handling a request threw: 503 with the reason when the database cannot be used, else 500; logged either way. */
export function failedResponse(request: Request, error: unknown): NextResponse {
  // Any query can meet a database that went away, not only the first one.
  const unavailable = asDatabaseUnavailable(error);
  const status = unavailable ? 503 : 500;
  logServerError({ status, method: request.method, path: new URL(request.url).pathname, reason: unavailable?.message ?? errorReason(error) });
  return unavailable
    ? refuse(503, 'unavailable', unavailable.message)
    : refuse(500, 'server', 'Something went wrong on the server. It has been logged; please try again.');
}

/**
 * A JSON endpoint for the review screen: refuses cross-site, non-JSON and oversized requests before reading
 * them, validates the body with zod, runs the action for the learner, and answers expected failures as
 * values with a fitting status code.
 */
export function jsonAction<S extends z.ZodType, R extends Outcome>(
  schema: S,
  action: (input: z.infer<S>, learner: { db: Db; user: User }) => Promise<R>,
) {
  return async (request: Request): Promise<NextResponse> => {
    const read = await readJsonRequest(request);
    if ('status' in read) return refuse(read.status, read.error, read.message);
    const parsed = schema.safeParse(read.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(400, 'invalid', `Invalid request: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim());
    }
    try {
      const started = performance.now();
      const result = await action(parsed.data, await openLearner());
      return NextResponse.json(result, {
        status: result.ok ? 200 : (STATUS_BY_ERROR[result.error] ?? 400),
        headers: { ...API_HEADERS, 'server-timing': `app;dur=${(performance.now() - started).toFixed(1)}` },
      });
    } catch (error) {
      return failedResponse(request, error);
    }
  };
}

/** Every other method of a JSON route: 405, with the API's headers (Next.js's own answer would have none). */
export function otherMethods(allowed: 'GET' | 'POST') {
  const notAllowed = () =>
    NextResponse.json(
      { ok: false, error: 'method-not-allowed', message: `Use ${allowed} here.` },
      { status: 405, headers: { ...API_HEADERS, allow: allowed } },
    );
  return { GET: notAllowed, POST: notAllowed, PUT: notAllowed, PATCH: notAllowed, DELETE: notAllowed };
}
