import type { ReviewQueue } from '@/lib/data/review';

export type ApiFailure = { ok: false; error: string; message: string };
export type QueueAnswer = { ok: true; queue: ReviewQueue };

/** POSTs JSON to a review endpoint; a network failure or an answer that is not ours becomes a failure value. */
export async function post<T>(url: string, body: unknown): Promise<T | ApiFailure> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const data = await response.json().catch(() => null);
    if (data && typeof data === 'object' && 'ok' in data) return data as T | ApiFailure;
    return { ok: false, error: 'server', message: `The server answered ${response.status}. Please try again.` };
  } catch {
    return { ok: false, error: 'network', message: 'Could not reach Ciku. Check your connection and try again.' };
  }
}
