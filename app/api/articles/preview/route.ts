import { NextResponse } from 'next/server';
import { failedResponse, otherMethods, refuse } from '@/app/_lib/api';
import { previewForLearner } from '@/lib/data/browser-import';
import { openLearner } from '@/lib/data/learner';
import { API_HEADERS } from '@/lib/http/security-headers';
import { readArticleRequest } from '../article-request';

/** What importing the text would add, for this learner: its sentences and words. Writes nothing. */
export async function POST(request: Request) {
  const read = await readArticleRequest(request);
  if (!('article' in read)) return refuse(read.status, read.error, read.message);
  try {
    const { db, user } = await openLearner();
    const result = await previewForLearner(db, user.id, read.article);
    return NextResponse.json(result, { status: result.ok ? 200 : 422, headers: API_HEADERS });
  } catch (error) {
    return failedResponse(request, error);
  }
}

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
