'use client';

import { useActionState } from 'react';
import type { CardState, CardStatus } from '@/lib/generated/prisma/enums';
import { changeCard, type CardChangeState } from './actions';

const initialState: CardChangeState = { ok: null, message: '' };

export function CardControls({
  cardId,
  wordId,
  status,
  state,
  waitingName,
}: {
  cardId: number;
  wordId: number;
  status: CardStatus;
  state: CardState;
  /** A name not yet among the learner's new cards. */
  waitingName: boolean;
}) {
  const [result, formAction, pending] = useActionState(changeCard, initialState);
  if (status === 'RETIRED') return null;
  const changes: { change: string; label: string }[] = [
    ...(waitingName && status === 'ACTIVE' ? [{ change: 'queue', label: 'Learn this name' }] : []),
    ...(status === 'ACTIVE'
      ? [
          { change: 'known', label: 'Mark as known' },
          { change: 'suspend', label: 'Suspend' },
        ]
      : [{ change: 'resume', label: status === 'KNOWN' ? 'Study it again' : 'Resume' }]),
    ...(state !== 'NEW' ? [{ change: 'reset', label: 'Reset progress' }] : []),
  ];
  return (
    <form action={formAction} className="mt-5 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-4 dark:border-stone-800">
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="wordId" value={wordId} />
      {changes.map(({ change, label }) => (
        <button
          key={change}
          type="submit"
          name="change"
          value={change}
          disabled={pending}
          className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          {label}
        </button>
      ))}
      <p role="status" data-testid="card-message" className={`text-sm ${result.ok === false ? 'text-red-700 dark:text-red-400' : 'text-stone-600 dark:text-stone-300'}`}>
        {result.message}
      </p>
    </form>
  );
}
