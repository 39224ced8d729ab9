'use client';

import { useEffect, useState, useTransition } from 'react';
import type { OptimisationStatus } from '@/lib/optimisation/jobs';
import { optimisationProgress, startOptimisation } from './optimisation-actions';

const POLL_MS = 500;

const PHASES = {
  reading: 'Reading your review history…',
  fitting: 'Fitting the parameters to your reviews…',
  comparing: 'Comparing the current and the new parameters on your reviews…',
} as const;

export function OptimisationSection({
  status: initialStatus,
  ownParameters,
  minimum,
}: {
  status: OptimisationStatus;
  /** the learner's parameters now; empty while Ciku uses FSRS's defaults */
  ownParameters: number[];
  minimum: { reviews: number; cards: number };
}) {
  const [status, setStatus] = useState(initialStatus);
  const [starting, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  const running = status.state === 'running';

  useEffect(() => {
    if (!running) return;
    let active = true;
    const timer = setInterval(() => {
      optimisationProgress()
        .then((next) => active && setStatus(next))
        .catch(() => active && setFailure('Ciku could not say how the optimisation is going. Reload the page to see.'));
    }, POLL_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [running]);

  const optimise = () =>
    startTransition(async () => {
      setFailure(null);
      try {
        setStatus(await startOptimisation());
      } catch {
        setFailure('The optimisation could not be started. Try again later.');
      }
    });

  const parameters = status.state === 'compared' ? status.parameters : ownParameters;
  return (
    <section aria-labelledby="optimisation-heading" className="mt-8 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id="optimisation-heading" className="text-lg font-semibold">
        FSRS parameters
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">
        {parameters.length > 0
          ? 'Ciku schedules your reviews with parameters fitted to your own reviews.'
          : 'Ciku schedules your reviews with FSRS’s default parameters.'}{' '}
        Optimising fits them to your review history and keeps the new ones only if they predict your answers better. It needs at least{' '}
        {minimum.reviews} reviews made on a later day than the card’s previous review, across at least {minimum.cards} cards.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={optimise}
          disabled={running || starting}
          className="rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white"
        >
          {running ? 'Optimising…' : 'Optimise'}
        </button>
      </div>
      {/* Not role="status": the settings form above owns the page's status message. */}
      <div aria-live="polite" data-testid="optimisation-status" className="mt-4 text-sm">
        {failure ? <p className="text-red-700 dark:text-red-400">{failure}</p> : <StatusView status={status} />}
      </div>
      {parameters.length > 0 && (
        <details className="mt-4 text-sm text-stone-600 dark:text-stone-300">
          <summary className="cursor-pointer">Your parameters</summary>
          <p className="mt-2 font-mono break-words">{parameters.map((value) => value.toFixed(4)).join(', ')}</p>
        </details>
      )}
    </section>
  );
}

function StatusView({ status }: { status: OptimisationStatus }) {
  switch (status.state) {
    case 'idle':
      return null;
    case 'running':
      return (
        <div>
          <p>{PHASES[status.phase]}</p>
          <progress
            aria-label="Optimisation progress"
            className="mt-2 w-full"
            max={1}
            {...(status.phase === 'fitting' && status.fraction !== null ? { value: status.fraction } : {})}
          />
        </div>
      );
    case 'too-little':
      return <p className="text-amber-800 dark:text-amber-300">{status.message} Your parameters were not changed.</p>;
    case 'failed':
      return <p className="text-red-700 dark:text-red-400">{status.message}</p>;
    case 'compared':
      return (
        <div>
          <p className={status.adopted ? 'text-emerald-700 dark:text-emerald-400' : ''}>
            {status.adopted
              ? 'The new parameters predict your reviews better than the current ones: Ciku uses them from your next review on. Past reviews are not changed.'
              : 'The new parameters predict your reviews no better than the current ones, so Ciku keeps the current ones.'}
          </p>
          <table className="mt-3 w-full text-left tabular-nums">
            <caption className="sr-only">How well each set of parameters predicts your {status.size.reviews} reviews</caption>
            <thead className="text-stone-500 dark:text-stone-400">
              <tr>
                <th scope="col" className="font-medium">
                  Parameters
                </th>
                <th scope="col" className="font-medium">
                  Log loss
                </th>
                <th scope="col" className="font-medium">
                  RMSE (bins)
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" className="font-normal">
                  Current
                </th>
                <td>{status.current.logLoss.toFixed(4)}</td>
                <td>{(status.current.rmseBins * 100).toFixed(2)} %</td>
              </tr>
              <tr>
                <th scope="row" className="font-normal">
                  New
                </th>
                <td>{status.optimised.logLoss.toFixed(4)}</td>
                <td>{(status.optimised.rmseBins * 100).toFixed(2)} %</td>
              </tr>
            </tbody>
          </table>
          <p className="mt-2 text-stone-500 dark:text-stone-400">
            Both on your {status.size.reviews} reviews made on a later day than the card’s previous one, across {status.size.cards} cards. Lower is better.
          </p>
        </div>
      );
  }
}
