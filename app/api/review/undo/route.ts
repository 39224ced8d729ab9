import { z } from 'zod';
import { undoReview } from '@/lib/data/review';
import { jsonAction, otherMethods, rowId } from '@/app/_lib/api';

const UndoRequest = z.object({ reviewLogId: rowId, articleId: rowId.optional() });

export const POST = jsonAction(UndoRequest, (input, { db, user }) => undoReview(db, user, input.reviewLogId, new Date(), { articleId: input.articleId }));

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
