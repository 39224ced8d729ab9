import { z } from 'zod';
import { changeWordFromReading, READING_ACTIONS } from '@/lib/data/reading-word';
import { jsonAction, otherMethods, rowId } from '@/app/_lib/api';

const ActionRequest = z.object({ wordId: rowId, action: z.enum(READING_ACTIONS) });

/** Learn now, mark known, ignore, or resume a word from the reading panel; answers the card as it is now. */
export const POST = jsonAction(ActionRequest, ({ wordId, action }, { db, user }) => changeWordFromReading(db, user, wordId, action, new Date()));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
