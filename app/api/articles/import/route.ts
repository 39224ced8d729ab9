import { NextResponse } from 'next/server';
import { failedResponse, otherMethods, refuse } from '@/app/_lib/api';
import { startImportJob } from '@/lib/articles/import-jobs';
import { importFailureMessage, planBrowserImport } from '@/lib/data/browser-import';
import { importArticle } from '@/lib/data/import-article';
import { openLearner } from '@/lib/data/learner';
import { API_HEADERS } from '@/lib/http/security-headers';
import { readArticleRequest } from '../article-request';

/**
 * Starts importing an article in the background (202 with the job to poll at /api/articles/import/<id>);
 * one import at a time in this server (409 while another runs), and a title another article has needs the
 * learner's answer first (409 title-taken).
 */
export async function POST(request: Request) {
  const read = await readArticleRequest(request);
  if (!('article' in read)) return refuse(read.status, read.error, read.message);
  try {
    const { db, user } = await openLearner();
    const plan = await planBrowserImport(db, read.article);
    if (!plan.ok) return NextResponse.json(plan, { status: 409, headers: API_HEADERS });
    const started = startImportJob(user.id, plan.title, (onProgress) => importArticle(db, plan.input, onProgress), importFailureMessage);
    if (!started.started) {
      const { title } = started.running;
      const progress = started.running.state === 'running' ? ` (${started.running.percent} %)` : '';
      return refuse(409, 'busy', `An import is running (“${title}”${progress}): start this one when it has finished.`);
    }
    return NextResponse.json({ ok: true, job: started.job }, { status: 202, headers: API_HEADERS });
  } catch (error) {
    return failedResponse(request, error);
  }
}

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
