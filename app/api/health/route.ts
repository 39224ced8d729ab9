import { NextResponse } from 'next/server';
import { databaseProblem } from '@/lib/data/learner';

export const dynamic = 'force-dynamic';

/** For process managers and load balancers: 200 while the app can use its database, 503 with the reason otherwise. */
export async function GET() {
  const problem = await databaseProblem();
  const headers = { 'cache-control': 'no-store' };
  return problem
    ? NextResponse.json({ ok: false, database: 'unavailable', reason: problem }, { status: 503, headers })
    : NextResponse.json({ ok: true, database: 'ok' }, { headers });
}
