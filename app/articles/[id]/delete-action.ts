'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { runningImport } from '@/lib/articles/import-jobs';
import { deleteArticle } from '@/lib/data/delete-article';
import { asDatabaseUnavailable, openLearner } from '@/lib/data/learner';
import { errorReason } from '@/lib/db/errors';
import { logServerError } from '@/lib/log/server-log';
import { parseId } from '@/lib/validation/ids';

export type DeleteArticleState = { ok: boolean | null; message: string };

const DeleteRequest = z.object({ articleId: z.string() });

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** Deletes an article; its words that no other article uses leave the learner's queue, their history kept. */
export async function deleteArticleAction(_previous: DeleteArticleState, form: FormData): Promise<DeleteArticleState> {
  // Anyone can call an action with any arguments; only the delete form's gets further.
  if (!(form instanceof FormData)) return { ok: false, message: 'That is not possible.' };
  const parsed = DeleteRequest.safeParse(Object.fromEntries(form));
  const articleId = parsed.success ? parseId(parsed.data.articleId) : null;
  if (articleId === null) return { ok: false, message: 'That is not an article: an article id is a whole number from 1 to 2147483647.' };
  // An import counts every word's frequency at its end: a delete meanwhile would be counted wrong.
  const importing = runningImport();
  if (importing) return { ok: false, message: `An import is running (“${importing.title}”): delete the article once it has finished.` };
  let result;
  try {
    const { db, user } = await openLearner();
    result = await deleteArticle(db, user.id, articleId, new Date());
  } catch (error) {
    // One transaction: whatever went wrong (the database gone, an import from a script at the same moment) changed nothing.
    const unavailable = asDatabaseUnavailable(error);
    const reason = unavailable?.message ?? errorReason(error);
    logServerError({ status: unavailable ? 503 : 500, method: 'POST', path: (await headers()).get('x-ciku-path') ?? undefined, kind: 'action', reason });
    return { ok: false, message: `The article could not be deleted, so nothing was changed: ${reason}` };
  }
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath('/', 'layout');
  const leaving =
    result.wordsInNoArticle === 0
      ? 'every one of its words is in another article too, so your queue is unchanged.'
      : `${plural(result.wordsInNoArticle, 'word is', 'words are')} now in no article; ${plural(result.leftQueue, 'of them leaves', 'of them leave')} your queue, their history is kept (importing the text again brings them back).`;
  return { ok: true, message: `Deleted “${result.title}” and its ${plural(result.sentences, 'sentence', 'sentences')}; ${leaving}` };
}
