import { z } from 'zod';
import { loadReviewCard } from '@/lib/data/review';
import { anotherSentence } from '@/lib/data/sentence-cards';
import { jsonAction, otherMethods, rowId } from '@/app/_lib/api';

const AnotherSentenceRequest = z.object({ cardId: rowId });

/** "Another sentence" on a sentence card: the next good sentence, the card's scheduling untouched. */
export const POST = jsonAction(AnotherSentenceRequest, async ({ cardId }, { db, user }) => {
  const result = await anotherSentence(db, user, cardId);
  if (!result.ok) return result;
  const card = await loadReviewCard(db, user, cardId, new Date());
  if (!card) return { ok: false as const, error: 'not-found', message: 'That sentence card does not exist.' };
  return { ok: true as const, changed: result.changed, card };
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
