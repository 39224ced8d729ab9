import { z } from 'zod';
import { getReviewQueue } from '@/lib/data/review';
import { jsonAction, otherMethods, rowId } from '@/app/_lib/api';

export const POST = jsonAction(z.object({ articleId: rowId.optional() }), async ({ articleId }, { db, user }) => ({
  ok: true as const,
  queue: await getReviewQueue(db, user, new Date(), { articleId }),
}));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
