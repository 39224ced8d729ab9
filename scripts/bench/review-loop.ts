// The review loop as the review screen drives it, over HTTP, against a running app.
import { randomUUID } from 'node:crypto';
import type { ReviewQueue } from '@/lib/data/review';
import { ms, percentile, post, request } from './http';

const WARM_UP = 20;

export interface ReviewLoopFigures {
  grade: number[];
  gradeServer: number[];
  refresh: number[];
  page: number[];
}

/** As the review screen does: grade the card shown, then refresh the queue (the next card is already shown); then load /review. */
export async function measureReviewLoop(appUrl: string, { grades, pageLoads }: { grades: number; pageLoads: number }): Promise<ReviewLoopFigures> {
  let queue = (await post<{ queue: ReviewQueue }>(`${appUrl}/api/review/queue`, {})).data.queue;
  const figures: ReviewLoopFigures = { grade: [], gradeServer: [], refresh: [], page: [] };
  for (let index = 0; index < grades + WARM_UP; index++) {
    const card = queue.card;
    if (!card) throw new Error(`The queue ran out after ${index} grades (${queue.end?.reason}).`);
    const graded = await post<{ ok: boolean }>(`${appUrl}/api/review/grade`, {
      cardId: card.cardId,
      version: card.version,
      grade: (['good', 'easy', 'good', 'again'] as const)[card.cardId % 4],
      requestId: randomUUID(),
    });
    const refreshed = await post<{ queue: ReviewQueue }>(`${appUrl}/api/review/queue`, {});
    queue = refreshed.data.queue;
    if (index < WARM_UP) continue;
    figures.grade.push(graded.elapsed);
    figures.gradeServer.push(graded.serverMs);
    figures.refresh.push(refreshed.elapsed);
  }
  figures.page = (await measurePage(appUrl, '/review', pageLoads))!;
  return figures;
}

/** Full server responses of a page, after a warm-up; null when the page does not answer 200. */
export async function measurePage(appUrl: string, path: string, loads: number): Promise<number[] | null> {
  const times: number[] = [];
  for (let index = 0; index < loads + WARM_UP; index++) {
    const response = await request(`${appUrl}${path}`, 'GET');
    if (response.status !== 200) {
      if (index === 0) return null;
      throw new Error(`${path} answered ${response.status}`);
    }
    if (index >= WARM_UP) times.push(response.elapsed);
  }
  return times;
}

export function printReviewLoop(figures: ReviewLoopFigures, label: string): void {
  const { grade, gradeServer, refresh, page } = figures;
  console.log(`\ngrade over HTTP, next start + PostgreSQL server, ${label} (${grade.length} sequential):`);
  console.log(`  p50 ${ms(percentile(grade, 50))}   p95 ${ms(percentile(grade, 95))}   max ${ms(Math.max(...grade))}   (targets p50 ≤ 7 ms, p95 ≤ 15 ms)`);
  console.log(`  of which the route's own work (Server-Timing): p50 ${ms(percentile(gradeServer, 50))}   p95 ${ms(percentile(gradeServer, 95))}`);
  console.log(`queue refresh after each grade (the screen already shows the next card meanwhile):`);
  console.log(`  p50 ${ms(percentile(refresh, 50))}   p95 ${ms(percentile(refresh, 95))}`);
  console.log(`/review full server response (${page.length} sequential):`);
  console.log(`  p50 ${ms(percentile(page, 50))}   p95 ${ms(percentile(page, 95))}   max ${ms(Math.max(...page))}   (target p95 ≤ 50 ms)`);
}
