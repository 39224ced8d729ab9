'use server';

import { revalidatePath } from 'next/cache';
import { fixBoundary, previewBoundaryFix } from '@/lib/data/boundaries';
import { withLearner } from '@/app/_lib/action';
import { describeBoundaryChange } from '@/lib/vocabulary/boundary-summary';
import { parseBoundaryForm } from '@/lib/validation/boundary-fix';

export type BoundaryActionState = { ok: boolean; message: string; lines: string[] };

const NOT_POSSIBLE: BoundaryActionState = { ok: false, message: 'That change is not possible. Reload the page and try again.', lines: [] };
const unavailable = (message: string): BoundaryActionState => ({ ok: false, message, lines: [] });

/** What joining or splitting this word would change (nothing is saved): the confirmation shows it. */
export async function previewBoundary(form: FormData): Promise<BoundaryActionState> {
  // Anyone can call an action with any arguments; only a reading-view form gets further.
  const fix = parseBoundaryForm(form);
  if (!fix) return NOT_POSSIBLE;
  return withLearner(
    async ({ db, user }) => {
      const result = await previewBoundaryFix(db, user, fix, new Date());
      if (!result.ok) return { ok: false, message: result.message, lines: [] };
      return { ok: true, message: '', lines: describeBoundaryChange(result.change, 'preview') };
    },
    unavailable,
  );
}

/** Joins this word with the next or splits it, for good: every article is cut again. */
export async function applyBoundary(form: FormData): Promise<BoundaryActionState> {
  const fix = parseBoundaryForm(form);
  if (!fix) return NOT_POSSIBLE;
  return withLearner(
    async ({ db, user }) => {
      const result = await fixBoundary(db, user, fix, new Date());
      if (!result.ok) return { ok: false, message: result.message, lines: [] };
      // Every article and word list may show the new cut.
      revalidatePath('/', 'layout');
      const { change } = result;
      return { ok: true, message: change.rule.kind === 'JOIN' ? `Joined: ${change.after[0]}.` : `Split: ${change.after.join(' + ')}.`, lines: describeBoundaryChange(change, 'done') };
    },
    unavailable,
  );
}
