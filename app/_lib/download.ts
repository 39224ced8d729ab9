import { failedResponse, refuse } from '@/app/_lib/api';
import type { Db } from '@/lib/db/client';
import { attachment } from '@/lib/backup/file-names';
import { openLearner } from '@/lib/data/learner';
import type { Learner } from '@/lib/data/users';
import { errorReason } from '@/lib/db/errors';
import { refuseCrossSite } from '@/lib/http/request-guard';
import { API_HEADERS } from '@/lib/http/security-headers';
import { logServerError } from '@/lib/log/server-log';

export interface Download {
  contentType: string;
  fileName: (learner: Learner) => string;
  /** Made for a GET only: a HEAD asks for the headers, and is not worth a backup written for nobody. */
  body: (learner: { db: Db; user: Learner }) => Promise<ReadableStream<Uint8Array>>;
}

/**
 * A file the learner downloads from their own pages (a link on /settings): another site cannot make the
 * browser fetch it for them, it is saved as an attachment under a dated name with the API's headers, and a
 * database that cannot be used is a 503 with the reason before any of the file is sent.
 */
export function downloadRoute(download: Download) {
  return async (request: Request): Promise<Response> => {
    const refusal = refuseCrossSite(request.headers);
    if (refusal) return refuse(refusal.status, refusal.error, refusal.message);
    try {
      const learner = await openLearner();
      const headers = { ...API_HEADERS, 'content-type': download.contentType, 'content-disposition': attachment(download.fileName(learner.user)) };
      return new Response(request.method === 'HEAD' ? null : await download.body(learner), { headers });
    } catch (error) {
      return failedResponse(request, error);
    }
  };
}

/**
 * Text chunks as a byte stream, read only as fast as the browser takes them. The first chunk is read before
 * the response starts, so a failing database is an error status rather than a cut-off file; a failure later
 * is logged and ends the download as failed (the browser does not keep half a file as if it were whole).
 */
export async function streamOfChunks(chunks: AsyncGenerator<string>, pathForLog: string): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let pending: IteratorResult<string> | null = await chunks.next();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = pending ?? (await chunks.next());
          pending = null;
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          logServerError({ status: 500, method: 'GET', path: pathForLog, reason: `download cut short: ${errorReason(error)}` });
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
