import { otherMethods } from '@/app/_lib/api';
import { downloadRoute, streamOfChunks } from '@/app/_lib/download';
import { reviewLogFileName } from '@/lib/backup/file-names';
import { reviewLogCsvChunks } from '@/lib/data/backup-export';

export const dynamic = 'force-dynamic';

/** The learner's review log as CSV for the FSRS optimisers, streamed a page of reviews at a time. */
export const GET = downloadRoute({
  contentType: 'text/csv; charset=utf-8',
  fileName: (user) => reviewLogFileName(new Date(), user.timeZone),
  body: ({ db, user }) => streamOfChunks(reviewLogCsvChunks(db, user.id), '/api/export/reviews'),
});

export const HEAD = GET;

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
