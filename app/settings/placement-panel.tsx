'use client';

import { useActionState } from 'react';
import { placementAction, type PlacementFormState } from './placement-actions';

const initialState: PlacementFormState = { ok: null, message: '', submission: 0 };
const LEVELS = [1, 2, 3, 4, 5, 6] as const;

export interface LastPlacement {
  id: number;
  upToLevel: number;
  cards: number;
  /** When it was made, and undone, as the learner's clock says. */
  madeAt: string;
  undoneAt: string | null;
}

const range = (level: number) => (level === 1 ? 'HSK 1' : `HSK 1–${level}`);
const words = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'word' : 'words'}`;
const buttonClass =
  'rounded-lg border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800';

/** "I already know HSK levels up to N": marks those words known in one step, with the last placement and its undo. */
export function PlacementPanel({ markable, last }: { markable: Record<number, number>; last: LastPlacement | null }) {
  const [state, formAction, pending] = useActionState(placementAction, initialState);
  return (
    <div className="flex flex-col gap-3" data-testid="placement">
      <form action={formAction} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <input type="hidden" name="intent" value="place" />
        <label className="flex-1">
          <span className="text-sm font-medium">I already know HSK levels up to</span>
          <select
            name="upToLevel"
            defaultValue="1"
            className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
          >
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {range(level)} · {words(markable[level] ?? 0)} to mark
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white"
        >
          Mark them known
        </button>
      </form>
      <p
        role="status"
        key={state.submission}
        className={`text-sm empty:hidden ${state.ok === false ? 'text-red-700 dark:text-red-400' : 'font-medium text-emerald-700 dark:text-emerald-400'}`}
        data-testid="placement-message"
      >
        {state.message}
      </p>
      {last && (
        <form action={formAction} className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-stone-600 dark:text-stone-300" data-testid="last-placement">
          <input type="hidden" name="intent" value="undo" />
          <input type="hidden" name="placementId" value={last.id} />
          <span>
            Last placement, {last.madeAt}: {words(last.cards)} marked known ({range(last.upToLevel)})
            {last.undoneAt ? <>, undone {last.undoneAt}.</> : '.'}
          </span>
          {!last.undoneAt && (
            <button type="submit" disabled={pending} className={buttonClass}>
              Undo
            </button>
          )}
        </form>
      )}
    </div>
  );
}
