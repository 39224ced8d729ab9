'use client';

import { useEffect, useRef, useState } from 'react';
import { post, type ApiFailure } from '@/app/review/api';
import type { Workload } from '@/lib/data/workload';

type WorkloadAnswer = { ok: true; workload: Workload } | ApiFailure;

const WAIT_FOR_TYPING_MS = 300;

const percent = (retention: number) => `${Math.round(retention * 100)}%`;
const oneDecimal = (value: number) => (value < 10 ? value.toFixed(1) : String(Math.round(value)));

/** What the retention being typed would cost each day, asked of the server once typing pauses. */
export function WorkloadTable({ retention }: { retention: string }) {
  const [answer, setAnswer] = useState<WorkloadAnswer | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      const received = await post<WorkloadAnswer>('/api/settings/workload', { retention });
      if (request === latest.current) setAnswer(received);
    }, WAIT_FOR_TYPING_MS);
    return () => clearTimeout(timer);
  }, [retention]);

  return (
    <div data-testid="workload" aria-live="polite" className="mt-3 rounded-lg bg-stone-50 p-3 text-sm dark:bg-stone-950">
      {answer === null ? (
        <p className="text-stone-500 dark:text-stone-400">Estimating the workload…</p>
      ) : !answer.ok ? (
        <p className={answer.error === 'invalid' ? 'text-stone-500 dark:text-stone-400' : 'text-red-700 dark:text-red-400'}>{answer.message}</p>
      ) : (
        <>
          <table className="w-full text-right tabular-nums">
            <caption className="mb-1 text-left font-medium">Estimated work a day over the next year</caption>
            <thead className="text-stone-500 dark:text-stone-400">
              <tr>
                <th scope="col" className="text-left font-normal">Retention</th>
                <th scope="col" className="font-normal">Reviews</th>
                <th scope="col" className="font-normal">Minutes</th>
                <th scope="col" className="font-normal">Words kept</th>
              </tr>
            </thead>
            <tbody>
              {answer.workload.estimates.map((estimate) => {
                const isChosen = estimate.desiredRetention === answer.workload.desiredRetention;
                return (
                  <tr key={estimate.desiredRetention} data-chosen={isChosen || undefined} className={isChosen ? 'font-semibold' : 'font-normal'}>
                    <th scope="row" className={`text-left ${isChosen ? 'font-semibold' : 'font-normal'}`}>
                      {percent(estimate.desiredRetention)}
                      {isChosen && <span className="sr-only"> (yours)</span>}
                    </th>
                    <td>{oneDecimal(estimate.reviewsPerDay)}</td>
                    <td>{oneDecimal(estimate.minutesPerDay)}</td>
                    <td>{Math.round(estimate.memorisedAtEnd)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="mt-2 text-stone-500 dark:text-stone-400">
            Simulated from your {answer.workload.cards} cards in study and {answer.workload.newCards} new ones at {answer.workload.newCardsPerDay} a
            day, about {Math.round(answer.workload.secondsPerReview)} s a review. “Words kept”: how many you would remember after {answer.workload.days} days.
          </p>
        </>
      )}
    </div>
  );
}
