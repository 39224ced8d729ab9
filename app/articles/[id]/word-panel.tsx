'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { ReadingAction, ReadingWord } from '@/lib/data/reading-word';
import { meaningsForReading } from '@/lib/chinese/reading-first';
import { HighlightedSentence } from '@/app/_components/highlighted-sentence';
import { MeaningList } from '@/app/_components/meaning-list';
import { PinyinText } from '@/app/_components/pinyin-text';
import { formatRelativeDue } from '@/app/_components/relative-due';
import { BoundaryControls } from './boundary-controls';
import { MARK_CLASS, MARK_LABEL } from './marks';
import type { PickedWord } from './reader';
import { sentenceHref } from '@/lib/articles/parts';

export interface PanelState {
  picked: PickedWord;
  /** null while it loads, or when it could not be loaded (`error`). */
  word: ReadingWord | null;
  error: string | null;
  busy: boolean;
  notice: { tone: 'info' | 'error'; text: string } | null;
}

const BUTTON =
  'rounded-lg border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800';
const PRIMARY =
  'rounded-lg bg-stone-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-700 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300';

/** The word panel: beside the text on a wide screen (a hint until a word is chosen), a sheet from the bottom on a phone. */
export function WordPanel({
  articleId,
  toneColours,
  panel,
  onClose,
  onAction,
}: {
  articleId: number;
  toneColours: boolean;
  panel: PanelState | null;
  onClose: () => void;
  onAction: (action: ReadingAction) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const wordId = panel?.picked.wordId;
  useEffect(() => {
    // On a phone the sheet covers the text: bring it into view without moving the keyboard focus from the word.
    if (wordId) heading.current?.scrollIntoView({ block: 'nearest' });
  }, [wordId]);

  return (
    <aside
      aria-label="Word"
      className={`${panel ? 'fixed' : 'hidden'} inset-x-0 bottom-0 z-30 max-h-[65vh] overflow-y-auto rounded-t-2xl border-t border-stone-200 bg-white p-4 shadow-[0_-8px_24px_rgba(0,0,0,0.12)] dark:border-stone-800 dark:bg-stone-900 md:sticky md:top-4 md:block md:max-h-[calc(100vh-2rem)] md:self-start md:rounded-2xl md:border md:shadow-sm`}
      data-testid="word-panel"
      data-open={panel ? 'true' : undefined}
    >
      {!panel ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">Click or tap a word (or move to it with ← → and press Enter) to see its meaning and study it.</p>
      ) : (
        <PanelBody articleId={articleId} toneColours={toneColours} panel={panel} heading={heading} onClose={onClose} onAction={onAction} />
      )}
    </aside>
  );
}

function PanelBody({
  articleId,
  toneColours,
  panel,
  heading,
  onClose,
  onAction,
}: {
  articleId: number;
  toneColours: boolean;
  panel: PanelState;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onAction: (action: ReadingAction) => void;
}) {
  const { picked, word } = panel;
  const card = word?.card ?? null;
  const now = new Date();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 ref={heading} lang="zh-CN" className="hanzi text-4xl leading-tight [overflow-wrap:anywhere]" data-testid="panel-hanzi">
            {picked.hanzi}
          </h2>
          <p className="mt-1 text-lg text-stone-700 dark:text-stone-200" data-testid="panel-reading">
            <PinyinText pinyin={picked.reading || word?.pinyin || ''} hanzi={picked.hanzi} toneColours={toneColours} />
          </p>
        </div>
        <button type="button" onClick={onClose} className={BUTTON} aria-label="Close the word panel">
          ✕
        </button>
      </div>
      {panel.error ? (
        <p className="text-sm text-red-700 dark:text-red-400">{panel.error}</p>
      ) : !word ? (
        <p role="status" className="text-sm text-stone-500 dark:text-stone-400">
          Loading…
        </p>
      ) : (
        <>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600 dark:text-stone-300">
            {card && (
              <span className={`${MARK_CLASS[card.mark]} word-legend py-0.5 font-medium`} data-testid="panel-state">
                {MARK_LABEL[card.mark]}
              </span>
            )}
            {card && card.status === 'ACTIVE' && card.state !== 'NEW' && <span data-testid="panel-due">next review {formatRelativeDue(new Date(card.due), now)}</span>}
            {word.hskLevel !== null ? <span>HSK {word.hskLevel}</span> : null}
            {word.generalRank !== null ? <span title="Rank in general word frequency">#{word.generalRank} in general use</span> : null}
            <span>{word.frequency}× in your articles</span>
          </p>
          <MeaningList meanings={meaningsForReading(word.meanings, picked.reading)} className="text-sm" />
          {card && <Actions card={card} busy={panel.busy} onAction={onAction} />}
          <div role="status" aria-live="polite" className="min-h-4 text-sm" data-testid="panel-message">
            {panel.notice && <p className={panel.notice.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-stone-600 dark:text-stone-300'}>{panel.notice.text}</p>}
          </div>
          <Link href={`/words/${word.id}`} className="text-sm font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
            Open word page →
          </Link>
          {picked.boundary && <BoundaryControls key={`${picked.boundary.sentenceId}:${picked.boundary.tokenIndex}`} articleId={articleId} {...picked.boundary} />}
          {word.sentences.length > 0 && (
            <section aria-label="Other sentences" className="border-t border-stone-200 pt-3 dark:border-stone-800">
              <h3 className="text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">
                Also in {word.sentenceCount - 1} other sentence{word.sentenceCount === 2 ? '' : 's'}
              </h3>
              <ul className="mt-1 space-y-2">
                {word.sentences.map((sentence) => (
                  <li key={sentence.id} className="text-base">
                    <Link href={sentenceHref(sentence.articleId, sentence.id)} className="block rounded hover:bg-stone-100 dark:hover:bg-stone-800">
                      <HighlightedSentence sentence={sentence} />
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

function Actions({ card, busy, onAction }: { card: NonNullable<ReadingWord['card']>; busy: boolean; onAction: (action: ReadingAction) => void }) {
  const studying = card.status === 'ACTIVE';
  return (
    <div className="flex flex-wrap gap-2" data-testid="panel-actions">
      {card.state === 'NEW' && !(studying && card.queuedAt) && (
        <button type="button" disabled={busy} onClick={() => onAction('learn')} className={PRIMARY}>
          Learn now
        </button>
      )}
      {studying && (
        <button type="button" disabled={busy} onClick={() => onAction('known')} className={BUTTON}>
          Mark known
        </button>
      )}
      {studying && (
        <button type="button" disabled={busy} onClick={() => onAction('ignore')} className={BUTTON}>
          Ignore
        </button>
      )}
      {(card.status === 'KNOWN' || card.status === 'IGNORED' || card.status === 'SUSPENDED') && (
        <button type="button" disabled={busy} onClick={() => onAction('resume')} className={BUTTON}>
          {card.status === 'KNOWN' ? 'Undo known' : card.status === 'IGNORED' ? 'Stop ignoring' : 'Resume'}
        </button>
      )}
    </div>
  );
}
