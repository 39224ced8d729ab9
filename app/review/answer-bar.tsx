'use client';

import { useEffect, useRef } from 'react';
import type { ReviewCard } from '@/lib/data/review';
import type { Grade } from '@/lib/scheduling/fsrs';
import { REVIEW_KEYS } from './keys';

const GRADE_BUTTONS: { grade: Grade; label: string; className: string }[] = [
  { grade: 'again', label: 'Again', className: 'border-red-300 text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950' },
  { grade: 'hard', label: 'Hard', className: 'border-amber-300 text-amber-800 hover:bg-amber-50 dark:border-amber-800 dark:text-amber-300 dark:hover:bg-amber-950' },
  { grade: 'good', label: 'Good', className: 'border-emerald-300 text-emerald-800 hover:bg-emerald-50 dark:border-emerald-800 dark:text-emerald-300 dark:hover:bg-emerald-950' },
  { grade: 'easy', label: 'Easy', className: 'border-sky-300 text-sky-800 hover:bg-sky-50 dark:border-sky-800 dark:text-sky-300 dark:hover:bg-sky-950' },
];

export type CardAction = 'known' | 'suspend' | 'reset';

/**
 * The answer buttons and the card's actions, fixed to the bottom of the window: they never move when the
 * answer is revealed, sit under the thumb on a phone, and focusing them never scrolls the page.
 */
export function AnswerBar({
  card,
  revealed,
  busy,
  onReveal,
  onGrade,
  onCardAction,
  onOpenWordPage,
  onHelp,
}: {
  card: ReviewCard | null;
  revealed: boolean;
  busy: boolean;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  onCardAction: (action: CardAction) => void;
  onOpenWordPage: () => void;
  onHelp: () => void;
}) {
  const revealButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (card && !revealed) revealButton.current?.focus({ preventScroll: true });
  }, [card?.cardId, card?.version, revealed]);

  return (
    <div
      className="fixed inset-x-0 bottom-0 z-20 border-t border-stone-200 bg-stone-50/95 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur dark:border-stone-800 dark:bg-stone-950/95"
      data-testid="answer-bar"
    >
      <div className="mx-auto flex max-w-2xl flex-col gap-2 px-3 pt-2 sm:px-6">
        <div className="flex flex-wrap items-center justify-center gap-x-1 text-sm" role="group" aria-label="Card actions">
          <SecondaryButton onClick={() => onCardAction('known')} disabled={busy || !card} keys={REVIEW_KEYS.known.keys} title={REVIEW_KEYS.known.label}>
            Mark as known
          </SecondaryButton>
          <SecondaryButton onClick={() => onCardAction('suspend')} disabled={busy || !card} keys={REVIEW_KEYS.suspend.keys} title={REVIEW_KEYS.suspend.label}>
            Suspend
          </SecondaryButton>
          {card && card.state !== 'NEW' && (
            <SecondaryButton onClick={() => onCardAction('reset')} disabled={busy} title="Forget the progress and learn it as a new card">
              Reset
            </SecondaryButton>
          )}
          <SecondaryButton onClick={onOpenWordPage} disabled={!card} keys={REVIEW_KEYS.wordPage.keys} title={REVIEW_KEYS.wordPage.label}>
            Word page
          </SecondaryButton>
          <SecondaryButton onClick={onHelp} keys={[]} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts">
            <span aria-hidden>?</span>
          </SecondaryButton>
        </div>
        <div className="grid h-14 grid-cols-4 gap-2">
          {!card ? null : revealed ? (
            GRADE_BUTTONS.map((button) => (
              <button
                key={button.grade}
                type="button"
                disabled={busy}
                onClick={() => onGrade(button.grade)}
                aria-keyshortcuts={REVIEW_KEYS[button.grade].keys[0]}
                className={`flex flex-col items-center justify-center rounded-xl border-2 bg-white px-1 font-semibold transition-colors disabled:opacity-60 dark:bg-stone-900 ${button.className}`}
              >
                <span>{button.label}</span>
                <span className="text-xs font-normal opacity-80" data-testid={`interval-${button.grade}`}>
                  {card.intervals[button.grade]} <kbd className="ml-0.5 hidden sm:inline">{REVIEW_KEYS[button.grade].keys[0]}</kbd>
                </span>
              </button>
            ))
          ) : (
            <button
              ref={revealButton}
              type="button"
              onClick={onReveal}
              aria-keyshortcuts="Space Enter"
              className="col-span-4 rounded-xl bg-stone-900 px-4 text-lg font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white"
            >
              Show answer <kbd className="ml-2 hidden text-sm font-normal opacity-70 sm:inline">Space</kbd>
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function SecondaryButton({ children, keys = [], ...props }: React.ButtonHTMLAttributes<HTMLButtonElement> & { keys?: readonly string[] }) {
  return (
    <button
      type="button"
      aria-keyshortcuts={keys.length ? keys.join(' ') : undefined}
      {...props}
      className="min-h-9 rounded-md px-2.5 py-1 text-stone-600 hover:bg-stone-200 disabled:opacity-50 dark:text-stone-300 dark:hover:bg-stone-800"
    >
      {children}
      {keys.map((key) => (
        <kbd key={key} className="ml-1.5 hidden rounded border border-stone-300 px-1 text-xs text-stone-500 sm:inline dark:border-stone-600">
          {key}
        </kbd>
      ))}
    </button>
  );
}
