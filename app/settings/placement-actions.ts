'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withLearner } from '@/app/_lib/action';
import { placeByLevel, undoPlacement } from '@/lib/data/placement';
import { parseId } from '@/lib/validation/ids';

export type PlacementFormState = { ok: boolean | null; message: string; submission: number };

const placementId = z.string().transform((text, context) => parseId(text) ?? (context.addIssue({ code: 'custom', message: 'not an id' }), z.NEVER));
const PlacementForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('place'), upToLevel: z.enum(['1', '2', '3', '4', '5', '6']).transform(Number) }),
  z.object({ intent: z.literal('undo'), placementId }),
]);

const REFUSED = {
  place: 'Choose an HSK level from 1 to 6.',
  undo: 'There is no such placement to undo.',
  other: 'This form submission is malformed. Reload the page and try again.',
};

/** "I already know HSK levels up to N" (marks those words known in one step), and its undo. */
export async function placementAction(previous: PlacementFormState, form: FormData): Promise<PlacementFormState> {
  // Anyone can call an action with any arguments; only a level from 1 to 6, or a placement's id, gets further.
  const submission = (Number.isSafeInteger(previous?.submission) ? previous.submission : 0) + 1;
  if (!(form instanceof FormData)) return { ok: false, message: REFUSED.other, submission };
  const intent = form.get('intent');
  const parsed = PlacementForm.safeParse({ intent, upToLevel: form.get('upToLevel') ?? undefined, placementId: form.get('placementId') ?? undefined });
  if (!parsed.success) return { ok: false, message: intent === 'place' || intent === 'undo' ? REFUSED[intent] : REFUSED.other, submission };
  const request = parsed.data;
  return withLearner(
    async ({ db, user }) => {
      const now = new Date();
      const result = request.intent === 'place' ? await placeByLevel(db, user, request.upToLevel, now) : await undoPlacement(db, user, request.placementId, now);
      if (result.ok) revalidatePath('/', 'layout');
      return { ok: result.ok, message: result.message, submission };
    },
    (message) => ({ ok: false, message, submission }),
  );
}
