'use client';

import { useActionState } from 'react';
import type { SentenceCardStatus } from '@/lib/data/sentence-cards';
import { switchSentenceCard, type SentenceCardChangeState } from './sentence-card-actions';

const initialState: SentenceCardChangeState = { ok: null, message: '' };

const STATE_LABEL = { NEW: 'new', LEARNING: 'learning', REVIEW: 'in review', RELEARNING: 'relearning' } as const;

/** The word's sentence card (recall it blanked out of a sentence), switched on or off for this word alone. */
export function SentenceCardSwitch({ wordId, card }: { wordId: number; card: SentenceCardStatus }) {
  const [result, formAction, pending] = useActionState(switchSentenceCard, initialState);
  const on = card.status === 'ACTIVE';
  return (
    <form action={formAction} className="mt-4 flex flex-wrap items-center gap-3 text-sm" data-testid="sentence-card-switch">
      <input type="hidden" name="wordId" value={wordId} />
      <input type="hidden" name="sentenceCard" value={on ? 'off' : 'on'} />
      <button
        type="submit"
        role="switch"
        aria-checked={on}
        disabled={pending}
        className="inline-flex items-center gap-2 font-medium disabled:opacity-50"
      >
        <span
          aria-hidden
          className={`relative inline-block h-5 w-9 rounded-full transition-colors ${on ? 'bg-emerald-600 dark:bg-emerald-500' : 'bg-stone-300 dark:bg-stone-700'}`}
        >
          <span className={`absolute top-0.5 size-4 rounded-full bg-white shadow transition-all ${on ? 'left-[1.125rem]' : 'left-0.5'}`} />
        </span>
        Sentence card
      </button>
      <span className="text-stone-500 dark:text-stone-400">
        {card.status === null
          ? 'off: recall this word blanked out of one of its sentences'
          : on
            ? `on · ${STATE_LABEL[card.state!]}${card.reps > 0 ? `, ${card.reps} review${card.reps === 1 ? '' : 's'}` : ''}${card.waitsForWordCard ? ': it comes once the word card has graduated' : ''}`
            : `off (${card.status.toLowerCase()}); its history is kept`}
      </span>
      <p role="status" className={`w-full ${result.ok === false ? 'text-red-700 dark:text-red-400' : 'text-stone-600 dark:text-stone-300'}`}>
        {result.message}
      </p>
    </form>
  );
}
