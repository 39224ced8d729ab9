'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withLearner } from '@/app/_lib/action';
import { setReadingOptions } from '@/lib/data/reading-options';

const ReadingOptionsInput = z.object({ rubyPinyin: z.boolean().optional(), toneColours: z.boolean().optional() }).strict();

export type ReadingOptionsResult = { ok: true; rubyPinyin: boolean; toneColours: boolean } | { ok: false; message: string };

/** The reading view's switches: pinyin above the characters and tone colours, kept for the learner. */
export async function saveReadingOptions(input: unknown): Promise<ReadingOptionsResult> {
  const parsed = ReadingOptionsInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'That option is not possible.' };
  return withLearner<ReadingOptionsResult>(
    async ({ db, user }) => {
      const saved = await setReadingOptions(db, user, parsed.data);
      revalidatePath('/articles/[id]', 'page');
      return { ok: true, ...saved };
    },
    (message) => ({ ok: false, message }),
  );
}
