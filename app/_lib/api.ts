import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { DatabaseUnavailableError, openLearner } from '@/lib/data/learner';
import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/data/users';

const STATUS_BY_ERROR: Record<string, number> = {
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  inactive: 409,
  'not-latest': 409,
};

type Outcome = { ok: true } | { ok: false; error: string; message: string };

/**
 * A JSON endpoint for the review screen: validates the body with zod, runs the action for the learner,
 * and answers expected failures as values with a fitting status code.
 */
export function jsonAction<S extends z.ZodType, R extends Outcome>(
  schema: S,
  action: (input: z.infer<S>, learner: { db: Db; user: User }) => Promise<R>,
) {
  return async (request: Request): Promise<NextResponse> => {
    const body = await request.json().catch(() => undefined);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return NextResponse.json(
        { ok: false, error: 'invalid', message: `Invalid request: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim() },
        { status: 400 },
      );
    }
    try {
      const started = performance.now();
      const result = await action(parsed.data, await openLearner());
      return NextResponse.json(result, {
        status: result.ok ? 200 : (STATUS_BY_ERROR[result.error] ?? 400),
        headers: { 'server-timing': `app;dur=${(performance.now() - started).toFixed(1)}` },
      });
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) {
        return NextResponse.json({ ok: false, error: 'unavailable', message: error.message }, { status: 503 });
      }
      throw error;
    }
  };
}
