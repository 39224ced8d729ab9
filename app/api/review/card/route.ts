import { z } from 'zod';
import { getReviewQueue, resetCard, setCardStatus } from '@/lib/data/review';
import { jsonAction, otherMethods, rowId } from '@/app/_lib/api';

const CardActionRequest = z.object({
  cardId: rowId,
  action: z.enum(['known', 'suspend', 'resume', 'reset']),
  articleId: rowId.optional(),
});

const STATUS_OF = { known: 'KNOWN', suspend: 'SUSPENDED', resume: 'ACTIVE' } as const;

export const POST = jsonAction(CardActionRequest, async ({ cardId, action, articleId }, { db, user }) => {
  const now = new Date();
  const result = action === 'reset' ? await resetCard(db, user, cardId, now) : await setCardStatus(db, user, cardId, STATUS_OF[action]);
  return result.ok ? { ok: true as const, queue: await getReviewQueue(db, user, now, { articleId }) } : result;
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
