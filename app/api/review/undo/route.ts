import { z } from 'zod';
import { undoReview } from '@/lib/data/review';
import { jsonAction } from '@/app/_lib/api';

const UndoRequest = z.object({ reviewLogId: z.number().int().positive() });

export const POST = jsonAction(UndoRequest, (input, { db, user }) => undoReview(db, user, input.reviewLogId, new Date()));
