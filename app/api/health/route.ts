import { NextResponse } from 'next/server';
import { otherMethods } from '@/app/_lib/api';
import { databaseProblem } from '@/lib/data/learner';
import { API_HEADERS } from '@/lib/http/security-headers';

export const dynamic = 'force-dynamic';

/** For process managers and load balancers: 200 while the app can use its database, 503 with the reason otherwise. */
export async function GET() {
  const problem = await databaseProblem();
  const headers = API_HEADERS;
  return problem
    ? NextResponse.json({ ok: false, database: 'unavailable', reason: problem }, { status: 503, headers })
    : NextResponse.json({ ok: true, database: 'ok' }, { headers });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
