import { NextResponse } from 'next/server';
import { otherMethods, refuse } from '@/app/_lib/api';
import { importJob } from '@/lib/articles/import-jobs';
import { API_HEADERS } from '@/lib/http/security-headers';

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const dynamic = 'force-dynamic';

/** How a background import is going, or how it ended; the import page polls it. */
export async function GET(_request: Request, { params }: { params: Promise<{ job: string }> }) {
  const { job: id } = await params;
  if (!JOB_ID.test(id)) return refuse(404, 'not-found', 'There is no import with that id (an import id is a UUID).');
  const job = importJob(id);
  if (!job) return refuse(404, 'not-found', 'There is no import with that id: it never existed, or the server restarted since (an import that was cut short wrote nothing).');
  return NextResponse.json({ ok: true, job }, { headers: API_HEADERS });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
