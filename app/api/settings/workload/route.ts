import { z } from 'zod';
import { jsonAction, otherMethods } from '@/app/_lib/api';
import { estimateWorkload } from '@/lib/data/workload';
import { RETENTION_TO_ESTIMATE, retentionPercentOf } from '@/lib/settings/settings-form';

/**
 * The workload a retention (as typed in the settings form) and a few around it imply. A route rather than a
 * Server Action: actions run one at a time, and an estimate must never hold up saving the settings.
 */
export const POST = jsonAction(z.object({ retention: z.string().max(100) }), async ({ retention }, { db, user }) => {
  const percent = retentionPercentOf(retention);
  if (percent === null) return { ok: false as const, error: 'invalid', message: RETENTION_TO_ESTIMATE };
  return { ok: true as const, workload: await estimateWorkload(db, user, percent, new Date()) };
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
