'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withLearner } from '@/app/_lib/action';
import { setSentenceCardForWord } from '@/lib/data/sentence-cards';
import { parseId } from '@/lib/validation/ids';

const formId = z.string().transform((text, context) => parseId(text) ?? (context.addIssue({ code: 'custom', message: 'not an id' }), z.NEVER));

const SentenceCardChange = z.object({ wordId: formId, sentenceCard: z.enum(['on', 'off']) });

export type SentenceCardChangeState = { ok: boolean | null; message: string };

/** The word page's sentence-card switch: on creates or resumes the word's sentence card, off suspends it. */
export async function switchSentenceCard(_previous: SentenceCardChangeState, form: FormData): Promise<SentenceCardChangeState> {
  if (!(form instanceof FormData)) return { ok: false, message: 'That change is not possible.' };
  const parsed = SentenceCardChange.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: 'That change is not possible.' };
  const { wordId, sentenceCard } = parsed.data;
  return withLearner(
    async ({ db, user }) => {
      const result = await setSentenceCardForWord(db, user, wordId, sentenceCard === 'on', new Date());
      if (!result.ok) return { ok: false, message: result.message };
      revalidatePath(`/words/${wordId}`);
      return {
        ok: true,
        message: sentenceCard === 'on' ? 'Sentence card on: it comes once the word card has graduated, never on the same day.' : 'Sentence card off (suspended; its history is kept).',
      };
    },
    (message) => ({ ok: false, message }),
  );
}
