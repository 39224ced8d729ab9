'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withLearner } from '@/app/_lib/action';
import { queueCard, resetCard, setCardStatus } from '@/lib/data/review';
import { parseId } from '@/lib/validation/ids';

const formId = z.string().transform((text, context) => parseId(text) ?? (context.addIssue({ code: 'custom', message: 'not an id' }), z.NEVER));

const CardChange = z.object({
  cardId: formId,
  wordId: formId,
  change: z.enum(['known', 'suspend', 'resume', 'reset', 'queue']),
});

export type CardChangeState = { ok: boolean | null; message: string };

const DONE = {
  known: 'Marked as known.',
  suspend: 'Suspended.',
  resume: 'Back in your reviews.',
  reset: 'Reset: it will come back as a new card.',
  queue: 'It comes first among your new cards.',
};

export async function changeCard(_previous: CardChangeState, form: FormData): Promise<CardChangeState> {
  // Anyone can call an action with any arguments; only this page's form gets further.
  if (!(form instanceof FormData)) return { ok: false, message: 'That change is not possible.' };
  const parsed = CardChange.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: 'That change is not possible.' };
  const { cardId, wordId, change } = parsed.data;
  return withLearner(
    async ({ db, user }) => {
      const result =
        change === 'queue'
          ? await queueCard(db, user, cardId, new Date())
          : change === 'reset'
          ? await resetCard(db, user, cardId, new Date())
          : await setCardStatus(db, user, cardId, change === 'known' ? 'KNOWN' : change === 'suspend' ? 'SUSPENDED' : 'ACTIVE');
      if (!result.ok) return { ok: false, message: result.message };
      revalidatePath(`/words/${wordId}`);
      return { ok: true, message: DONE[change] };
    },
    (message) => ({ ok: false, message }),
  );
}
