import { z } from 'zod';
import { gradeCard } from '@/lib/data/review';
import { GRADES } from '@/lib/scheduling/fsrs';
import { jsonAction, otherMethods, rowId } from '@/app/_lib/api';
import { MAX_INT32 } from '@/lib/validation/ids';

const GradeRequest = z.object({
  cardId: rowId,
  version: z.number().int().nonnegative().max(MAX_INT32),
  grade: z.enum(GRADES),
  requestId: z.string().uuid(),
  durationMs: z.number().int().nonnegative().max(86_400_000).optional(),
});

export const POST = jsonAction(GradeRequest, (input, { db, user }) =>
  gradeCard(db, user, { ...input, expectedVersion: input.version }, new Date()),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
