import { z } from 'zod';
import { getReviewQueue, resetCard, setCardStatus } from '@/lib/data/review';
import { jsonAction } from '@/app/_lib/api';

const CardActionRequest = z.object({
  cardId: z.number().int().positive(),
  action: z.enum(['known', 'suspend', 'reset']),
});

export const POST = jsonAction(CardActionRequest, async ({ cardId, action }, { db, user }) => {
  const now = new Date();
  const result =
    action === 'reset' ? await resetCard(db, user, cardId, now) : await setCardStatus(db, user, cardId, action === 'known' ? 'KNOWN' : 'SUSPENDED');
  return result.ok ? { ok: true as const, queue: await getReviewQueue(db, user, now) } : result;
});
