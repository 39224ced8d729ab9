import { z } from 'zod';
import { getReviewQueue } from '@/lib/data/review';
import { jsonAction, otherMethods } from '@/app/_lib/api';

export const POST = jsonAction(z.object({}), async (_input, { db, user }) => ({
  ok: true as const,
  queue: await getReviewQueue(db, user, new Date()),
}));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
