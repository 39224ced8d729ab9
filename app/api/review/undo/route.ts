import { z } from 'zod';
import { undoReview } from '@/lib/data/review';
import { jsonAction, otherMethods, rowId } from '@/app/_lib/api';

const UndoRequest = z.object({ reviewLogId: rowId });

export const POST = jsonAction(UndoRequest, (input, { db, user }) => undoReview(db, user, input.reviewLogId, new Date()));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
