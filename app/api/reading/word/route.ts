import { z } from 'zod';
import { loadReadingWord } from '@/lib/data/reading-word';
import { jsonAction, otherMethods, rowId } from '@/app/_lib/api';

const WordRequest = z.object({ wordId: rowId, sentenceId: rowId.optional() });

/** The reading panel's word: its meanings, its card for the learner and a few of its other sentences. */
export const POST = jsonAction(WordRequest, async ({ wordId, sentenceId }, { db, user }) => {
  const word = await loadReadingWord(db, user, wordId, sentenceId);
  return word ? { ok: true as const, word } : { ok: false as const, error: 'not-found', message: 'That word is not in your word bank.' };
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
