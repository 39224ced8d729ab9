'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { applyBoundary, previewBoundary, type BoundaryActionState } from './boundary-actions';

const BUTTON =
  'rounded-lg border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800';
const PRIMARY =
  'rounded-lg bg-stone-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-700 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300';

export interface BoundaryControlsProps {
  articleId: number;
  sentenceId: number;
  /** The word's place among its sentence's words (Occurrence.tokenIndex). */
  tokenIndex: number;
  hanzi: string;
  /** The next word when it is written right after this one (no punctuation or number between), else null. */
  nextHanzi: string | null;
  /** Called once a fix is saved: the page shows the new cut. */
  onChanged?: () => void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'confirming'; splitAt: number | null; lines: string[] }
  | { kind: 'done'; message: string; lines: string[] }
  | { kind: 'refused'; message: string };

/**
 * Fixing a word boundary from the reading view's word panel: join the word with the next one, or split it
 * between two of its characters. Each asks the server what would change (cards retired, reviews kept) and is
 * saved only once the learner confirms.
 */
export function BoundaryControls({ articleId, sentenceId, tokenIndex, hanzi, nextHanzi, onChanged }: BoundaryControlsProps) {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [pending, startTransition] = useTransition();
  const characters = Array.from(hanzi);

  const form = (splitAt: number | null) => {
    const data = new FormData();
    data.set('articleId', String(articleId));
    data.set('sentenceId', String(sentenceId));
    data.set('tokenIndex', String(tokenIndex));
    data.set('hanzi', hanzi);
    if (splitAt !== null) data.set('splitAt', String(splitAt));
    return data;
  };
  const refusedOr = (state: BoundaryActionState, next: () => Step): Step => (state.ok ? next() : { kind: 'refused', message: state.message });

  const ask = (splitAt: number | null) =>
    startTransition(async () => {
      const state = await previewBoundary(form(splitAt));
      setStep(refusedOr(state, () => ({ kind: 'confirming', splitAt, lines: state.lines })));
    });
  const confirm = (splitAt: number | null) =>
    startTransition(async () => {
      const state = await applyBoundary(form(splitAt));
      setStep(refusedOr(state, () => ({ kind: 'done', message: state.message, lines: state.lines })));
      if (state.ok) {
        router.refresh();
        onChanged?.();
      }
    });

  return (
    <section aria-label="Word boundary" className="flex flex-col gap-2 border-t border-stone-200 pt-3 dark:border-stone-800" data-testid="boundary-controls">
      {step.kind === 'confirming' ? (
        <div className="flex flex-col gap-2" data-testid="boundary-preview">
          <p className="text-sm font-medium">{step.lines[0]}</p>
          <ul className="list-disc pl-5 text-sm text-stone-700 dark:text-stone-300">
            {step.lines.slice(1).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="text-xs text-stone-500 dark:text-stone-400">It applies to every article, now and when you import more. No review is lost.</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={PRIMARY} disabled={pending} onClick={() => confirm(step.splitAt)} data-testid="boundary-confirm">
              {step.splitAt === null ? 'Join' : 'Split'}
            </button>
            <button type="button" className={BUTTON} disabled={pending} onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : step.kind === 'done' ? null : (
        <div className="flex flex-wrap gap-2">
          {nextHanzi && (
            <button type="button" className={BUTTON} disabled={pending} onClick={() => ask(null)} data-testid="boundary-join">
              Join with next word{' '}
              <span lang="zh-CN" className="hanzi">
                ({hanzi} + {nextHanzi} → {hanzi}
                {nextHanzi})
              </span>
            </button>
          )}
          {characters.length > 1 && (
            <button type="button" className={BUTTON} disabled={pending} aria-expanded={step.kind === 'choosing'} onClick={() => setStep(step.kind === 'choosing' ? { kind: 'idle' } : { kind: 'choosing' })} data-testid="boundary-split">
              Split…
            </button>
          )}
        </div>
      )}
      {step.kind === 'choosing' && (
        <div role="group" aria-label="Where to split" className="flex flex-wrap gap-2">
          {characters.slice(1).map((_, index) => {
            const at = index + 1;
            const left = characters.slice(0, at).join('');
            const right = characters.slice(at).join('');
            return (
              <button key={at} type="button" className={BUTTON} disabled={pending} onClick={() => ask(at)} data-testid={`boundary-split-at-${at}`}>
                <span lang="zh-CN" className="hanzi">
                  {left} | {right}
                </span>
              </button>
            );
          })}
        </div>
      )}
      <div role="status" aria-live="polite" className="text-sm">
        {pending && <p className="text-stone-500 dark:text-stone-400">Working it out…</p>}
        {step.kind === 'refused' && <p className="text-red-700 dark:text-red-400">{step.message}</p>}
        {step.kind === 'done' && (
          <div data-testid="boundary-result">
            <p className="font-medium">{step.message}</p>
            <ul className="list-disc pl-5 text-stone-700 dark:text-stone-300">
              {step.lines.slice(1).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
