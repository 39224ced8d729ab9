'use client';

import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueueCounts, ReviewCard, ReviewQueue } from '@/lib/data/review';
import type { Grade } from '@/lib/scheduling/fsrs';
import { HighlightedSentence } from '@/app/_components/highlighted-sentence';
import { formatDueTime } from '@/app/_components/format';

const GRADE_BUTTONS: { grade: Grade; label: string; key: string; className: string }[] = [
  { grade: 'again', label: 'Again', key: '1', className: 'border-red-300 text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950' },
  { grade: 'hard', label: 'Hard', key: '2', className: 'border-amber-300 text-amber-800 hover:bg-amber-50 dark:border-amber-800 dark:text-amber-300 dark:hover:bg-amber-950' },
  { grade: 'good', label: 'Good', key: '3', className: 'border-emerald-300 text-emerald-800 hover:bg-emerald-50 dark:border-emerald-800 dark:text-emerald-300 dark:hover:bg-emerald-950' },
  { grade: 'easy', label: 'Easy', key: '4', className: 'border-sky-300 text-sky-800 hover:bg-sky-50 dark:border-sky-800 dark:text-sky-300 dark:hover:bg-sky-950' },
];

const STATE_LABEL: Record<ReviewCard['state'], string> = {
  NEW: 'New',
  LEARNING: 'Learning',
  REVIEW: 'Review',
  RELEARNING: 'Relearning',
};

const SENTENCES_SHOWN_FIRST = 3;

type ApiFailure = { ok: false; error: string; message: string };

async function post<T>(url: string, body: unknown): Promise<T | ApiFailure> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const data = await response.json().catch(() => null);
    if (data && typeof data === 'object' && 'ok' in data) return data as T | ApiFailure;
    return { ok: false, error: 'server', message: `The server answered ${response.status}. Please try again.` };
  } catch {
    return { ok: false, error: 'network', message: 'Could not reach Ciku. Check your connection and try again.' };
  }
}

interface UndoEntry {
  reviewLogId: number;
  hanzi: string;
}

interface GradedCard {
  cardId: number;
  version: number;
  state: ReviewCard['state'];
  due: string;
}

const LEARNING_COUNT_WINDOW_MS = 12 * 60 * 60 * 1000;

/** Today's counts right after a grade, until the refreshed queue brings the exact ones. */
function countsAfterGrade(counts: QueueCounts, graded: ReviewCard, after: GradedCard): QueueCounts {
  const bucket = graded.state === 'NEW' ? 'new' : graded.state === 'REVIEW' ? 'review' : 'learning';
  const next = { ...counts, [bucket]: Math.max(0, counts[bucket] - 1) };
  const staysInLearning = after.state === 'LEARNING' || after.state === 'RELEARNING';
  if (staysInLearning && Date.parse(after.due) - Date.now() < LEARNING_COUNT_WINDOW_MS) next.learning += 1;
  return next;
}

export function ReviewSession({ initialQueue }: { initialQueue: ReviewQueue }) {
  const [queue, setQueue] = useState(initialQueue);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [reviewedCount, setReviewedCount] = useState(0);
  const [showAllSentences, setShowAllSentences] = useState(false);
  // One id per showing of a card: a retried or double-clicked grade carries the same id and is applied once.
  const requestId = useRef<string>('');
  const shownAt = useRef<number>(0);
  const busyRef = useRef(false);
  // Counts grades: a queue refresh that a newer grade has overtaken is dropped.
  const gradesSent = useRef(0);

  const card = queue.card;

  useEffect(() => {
    requestId.current = crypto.randomUUID();
    shownAt.current = performance.now();
    setRevealed(false);
    setShowAllSentences(false);
  }, [card?.cardId, card?.version]);

  const run = useCallback(async <T,>(work: () => Promise<T>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  const refreshQueue = useCallback(async () => {
    gradesSent.current += 1;
    const result = await post<{ ok: true; queue: ReviewQueue }>('/api/review/queue', {});
    if (result.ok) setQueue(result.queue);
    return result;
  }, []);

  /**
   * After a grade the next card is already on screen; the refreshed queue confirms it, or, when the server
   * would now show another card first (a learning card came due), puts that one next.
   */
  const refreshAfterGrade = useCallback(async (grade: number) => {
    const result = await post<{ ok: true; queue: ReviewQueue }>('/api/review/queue', {});
    if (!result.ok || grade !== gradesSent.current) return;
    const fresh = result.queue;
    setQueue((shown) => {
      if (!shown.card || shown.card.cardId === fresh.card?.cardId) return fresh;
      const upcoming = fresh.card && fresh.card.cardId !== shown.card.cardId ? fresh.card : fresh.upcoming;
      return { ...fresh, card: shown.card, upcoming, end: null };
    });
  }, []);

  const grade = useCallback(
    (value: Grade) =>
      run(async () => {
        if (!card) return;
        const result = await post<{ ok: true; reviewLogId: number; duplicate: boolean; card: GradedCard }>('/api/review/grade', {
          cardId: card.cardId,
          version: card.version,
          grade: value,
          requestId: requestId.current,
          durationMs: Math.min(Math.round(performance.now() - shownAt.current), 86_400_000),
        });
        if (result.ok) {
          setNotice(null);
          setUndoStack((stack) =>
            stack.at(-1)?.reviewLogId === result.reviewLogId ? stack : [...stack, { reviewLogId: result.reviewLogId, hanzi: card.word.hanzi }],
          );
          if (!result.duplicate) setReviewedCount((count) => count + 1);
          setQueue((shown) => ({ card: shown.upcoming, upcoming: null, counts: countsAfterGrade(shown.counts, card, result.card), end: null }));
          void refreshAfterGrade(++gradesSent.current);
        } else if (result.error === 'conflict' || result.error === 'inactive' || result.error === 'not-found') {
          setNotice({ tone: 'info', text: result.message });
          await refreshQueue();
        } else {
          setNotice({ tone: 'error', text: result.message });
        }
      }),
    [card, run, refreshQueue, refreshAfterGrade],
  );

  const undo = useCallback(
    () =>
      run(async () => {
        const last = undoStack.at(-1);
        if (!last) {
          setNotice({ tone: 'info', text: 'Nothing to undo in this session.' });
          return;
        }
        const result = await post<{ ok: true; queue: ReviewQueue }>('/api/review/undo', { reviewLogId: last.reviewLogId });
        if (result.ok || result.error === 'not-found' || result.error === 'not-latest') {
          setUndoStack((stack) => stack.slice(0, -1));
        }
        if (result.ok) {
          gradesSent.current += 1;
          setNotice({ tone: 'info', text: `Undid your answer for ${last.hanzi}.` });
          setReviewedCount((count) => Math.max(0, count - 1));
          setQueue(result.queue);
        } else {
          setNotice({ tone: result.error === 'network' ? 'error' : 'info', text: result.message });
        }
      }),
    [run, undoStack],
  );

  const cardAction = useCallback(
    (action: 'known' | 'suspend' | 'reset') =>
      run(async () => {
        if (!card) return;
        const result = await post<{ ok: true; queue: ReviewQueue }>('/api/review/card', { cardId: card.cardId, action });
        if (result.ok) {
          gradesSent.current += 1;
          const done = { known: 'marked as known', suspend: 'suspended', reset: 'reset to new' }[action];
          setNotice({ tone: 'info', text: `${card.word.hanzi} ${done}.` });
          setQueue(result.queue);
        } else {
          setNotice({ tone: 'error', text: result.message });
        }
      }),
    [card, run],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const undoKey = (event.key === 'z' || event.key === 'Z') && (event.ctrlKey || event.metaKey) && !event.shiftKey;
      if (undoKey || ((event.key === 'u' || event.key === 'U') && !event.ctrlKey && !event.metaKey && !event.altKey)) {
        event.preventDefault();
        if (!event.repeat) void undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || !card) return;
      if (event.key === ' ' || event.key === 'Enter') {
        // Buttons answer Enter and Space themselves; don't double up.
        if (target?.closest('button, a')) return;
        event.preventDefault();
        if (event.repeat) return;
        if (!revealed) setRevealed(true);
        else void grade('good');
        return;
      }
      const button = GRADE_BUTTONS.find((entry) => entry.key === event.key);
      if (button && revealed && !event.repeat) {
        event.preventDefault();
        void grade(button.grade);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [card, revealed, grade, undo]);

  // When only learning cards remain, come back by ourselves when the next one is due.
  const nextDueAt = queue.end?.nextDueAt;
  useEffect(() => {
    if (card || !nextDueAt) return;
    const wait = Date.parse(nextDueAt) - Date.now();
    if (wait > 60 * 60 * 1000) return;
    const timer = setTimeout(() => void refreshQueue(), Math.max(wait, 0) + 1000);
    return () => clearTimeout(timer);
  }, [card, nextDueAt, refreshQueue]);

  const counts = queue.counts;
  const remaining = counts.learning + counts.review + counts.new;
  const current = card ? (card.state === 'NEW' ? 'new' : card.state === 'REVIEW' ? 'review' : 'learning') : null;

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p aria-live="polite" className="flex items-center gap-3 tabular-nums" data-testid="queue-counts">
          <span className="sr-only">Left today:</span>
          <CountChip label="learning" value={counts.learning} className="text-orange-700 dark:text-orange-400" current={current === 'learning'} />
          <CountChip label="review" value={counts.review} className="text-emerald-700 dark:text-emerald-400" current={current === 'review'} />
          <CountChip label="new" value={counts.new} className="text-sky-700 dark:text-sky-400" current={current === 'new'} />
          <span className="text-stone-500 dark:text-stone-400">· {remaining} left</span>
        </p>
        <div className="flex items-center gap-2">
          <span className="text-stone-500 dark:text-stone-400" data-testid="session-count">
            {reviewedCount} reviewed
          </span>
          <button
            type="button"
            onClick={() => void undo()}
            disabled={busy || undoStack.length === 0}
            className="rounded-md border border-stone-300 px-3 py-1.5 font-medium hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-stone-700 dark:hover:bg-stone-800"
            aria-keyshortcuts="U Control+Z"
          >
            Undo <kbd className="ml-1 text-xs text-stone-500">U</kbd>
          </button>
        </div>
      </div>

      <div role="status" aria-live="polite" className="min-h-6 text-sm">
        {notice && (
          <p className={notice.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-stone-600 dark:text-stone-300'}>{notice.text}</p>
        )}
      </div>

      {card ? (
        <CardView
          card={card}
          revealed={revealed}
          busy={busy}
          showAllSentences={showAllSentences}
          onReveal={() => setRevealed(true)}
          onGrade={(value) => void grade(value)}
          onShowAllSentences={() => setShowAllSentences(true)}
          onCardAction={(action) => void cardAction(action)}
        />
      ) : queue.end ? (
        <SessionEnd queue={queue} reviewedCount={reviewedCount} />
      ) : (
        <p role="status" className="rounded-2xl border border-stone-200 bg-white p-8 text-center text-stone-500 dark:border-stone-800 dark:bg-stone-900">
          Loading the next card…
        </p>
      )}
    </div>
  );
}

function CountChip({ label, value, className, current }: { label: string; value: number; className: string; current: boolean }) {
  return (
    <span className={`${className} ${current ? 'font-bold underline decoration-2 underline-offset-4' : 'font-medium'}`}>
      {value} <span className="text-stone-500 dark:text-stone-400">{label}</span>
    </span>
  );
}

function CardView({
  card,
  revealed,
  busy,
  showAllSentences,
  onReveal,
  onGrade,
  onShowAllSentences,
  onCardAction,
}: {
  card: ReviewCard;
  revealed: boolean;
  busy: boolean;
  showAllSentences: boolean;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  onShowAllSentences: () => void;
  onCardAction: (action: 'known' | 'suspend' | 'reset') => void;
}) {
  const sentences = showAllSentences ? card.sentences : card.sentences.slice(0, SENTENCES_SHOWN_FIRST);
  const [primary, ...otherReadings] = card.word.meanings;
  return (
    <article aria-label={`Flashcard ${card.word.hanzi}`} className="flex flex-col gap-4">
      <section className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900 sm:p-8">
        <div className="flex items-center justify-between text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">
          <span data-testid="card-state">{STATE_LABEL[card.state]}</span>
          <span>seen {card.word.frequency}× in your articles</span>
        </div>
        <p lang="zh-CN" className="hanzi mt-4 text-center text-6xl leading-tight sm:text-7xl" data-testid="card-hanzi">
          {card.word.hanzi}
        </p>

        <div className={revealed ? '' : 'invisible'} aria-hidden={!revealed} data-testid="card-answer">
          <p className="mt-3 text-center text-2xl text-stone-700 dark:text-stone-200" data-testid="card-pinyin">
            {card.word.pinyin}
          </p>
          <div className="mt-5 border-t border-stone-200 pt-4 dark:border-stone-800">
            {primary ? (
              <ol className="list-inside list-decimal space-y-1 text-stone-800 marker:text-stone-400 dark:text-stone-100">
                {primary.definitions.map((definition) => (
                  <li key={definition}>{definition}</li>
                ))}
              </ol>
            ) : (
              <p className="text-stone-600 dark:text-stone-300">
                Not in the dictionary (CC-CEDICT). Read it from its sentences below: it is often a phrase of smaller words.
              </p>
            )}
            {otherReadings.length > 0 && (
              <div className="mt-3 space-y-1 text-sm text-stone-600 dark:text-stone-300">
                {otherReadings.map((meaning) => (
                  <p key={meaning.pinyin}>
                    <span className="font-medium">Also {meaning.pinyin}:</span> {meaning.definitions.join('; ')}
                  </p>
                ))}
              </div>
            )}
          </div>

          <section aria-label="Sentences" className="mt-5 border-t border-stone-200 pt-4 dark:border-stone-800">
            <h2 className="text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">
              In context · {card.sentenceCount} sentence{card.sentenceCount === 1 ? '' : 's'}
            </h2>
            <ul className="mt-2 space-y-3">
              {sentences.map((sentence) => (
                <li key={sentence.id} className="text-lg leading-relaxed">
                  <HighlightedSentence sentence={sentence} />
                  <p lang="zh-CN" className="mt-0.5 truncate text-xs text-stone-500 dark:text-stone-400">{sentence.articleTitle}</p>
                </li>
              ))}
            </ul>
            <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
              {!showAllSentences && card.sentences.length > SENTENCES_SHOWN_FIRST && (
                <button type="button" onClick={onShowAllSentences} className="font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
                  Show {card.sentences.length - SENTENCES_SHOWN_FIRST} more
                </button>
              )}
              <Link href={`/words/${card.word.id}`} className="font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
                Word page{card.sentenceCount > card.sentences.length ? ` · all ${card.sentenceCount} sentences` : ''}
              </Link>
            </div>
          </section>
        </div>
      </section>

      <div className="grid min-h-16 grid-cols-4 gap-2">
        {revealed ? (
          GRADE_BUTTONS.map((button) => (
            <button
              key={button.grade}
              type="button"
              disabled={busy}
              onClick={() => onGrade(button.grade)}
              aria-keyshortcuts={button.key}
              className={`flex flex-col items-center justify-center rounded-xl border-2 bg-white px-2 py-2 font-semibold transition-colors disabled:opacity-60 dark:bg-stone-900 ${button.className}`}
            >
              <span>{button.label}</span>
              <span className="text-xs font-normal opacity-80">
                {card.intervals[button.grade]} <kbd className="ml-0.5 hidden sm:inline">{button.key}</kbd>
              </span>
            </button>
          ))
        ) : (
          <button
            type="button"
            onClick={onReveal}
            autoFocus
            aria-keyshortcuts="Space Enter"
            className="col-span-4 rounded-xl bg-stone-900 px-4 py-3 text-lg font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white"
          >
            Show answer <kbd className="ml-2 text-sm font-normal opacity-70">Space</kbd>
          </button>
        )}
      </div>

      <div className="flex flex-wrap justify-center gap-2 text-sm">
        <CardActionButton onClick={() => onCardAction('known')} disabled={busy} title="I know this word: never show it again">
          Mark as known
        </CardActionButton>
        <CardActionButton onClick={() => onCardAction('suspend')} disabled={busy} title="Take this card out of reviews until you resume it">
          Suspend
        </CardActionButton>
        {card.state !== 'NEW' && (
          <CardActionButton onClick={() => onCardAction('reset')} disabled={busy} title="Forget the progress and learn it as a new card">
            Reset
          </CardActionButton>
        )}
      </div>
    </article>
  );
}

function CardActionButton({ children, ...props }: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      {...props}
      className="rounded-md px-3 py-1.5 text-stone-600 hover:bg-stone-200 disabled:opacity-50 dark:text-stone-300 dark:hover:bg-stone-800"
    >
      {children}
    </button>
  );
}

function SessionEnd({ queue, reviewedCount }: { queue: ReviewQueue; reviewedCount: number }) {
  const end = queue.end;
  const next = end?.nextDueAt ? formatDueTime(new Date(end.nextDueAt), new Date()) : null;
  let title = 'All done for today';
  let detail: React.ReactNode = next ? `Your next review is due ${next}.` : 'No reviews are scheduled yet.';
  if (end?.reason === 'empty') {
    title = 'Your word bank is empty';
    detail = (
      <>
        Import an article to get words to learn: <code className="rounded bg-stone-100 px-1.5 py-0.5 dark:bg-stone-800">npm run db:seed -- article.txt</code>
      </>
    );
  } else if (end?.reason === 'learning-later') {
    title = 'Learning cards are on their way back';
    detail = `The next one is due ${next}. This page picks it up by itself.`;
  } else if (end?.reason === 'limits') {
    title = 'Daily limit reached';
    const which = [end.newLimitReached && 'new cards', end.reviewLimitReached && 'reviews'].filter(Boolean).join(' and ');
    detail = (
      <>
        You have done today’s {which}. {next ? `The next review is due ${next}. ` : ''}
        <Link href="/settings" className="font-medium text-sky-700 underline underline-offset-4 dark:text-sky-400">
          Change the daily limits
        </Link>
        .
      </>
    );
  }
  return (
    <section className="rounded-2xl border border-stone-200 bg-white p-8 text-center shadow-sm dark:border-stone-800 dark:bg-stone-900" data-testid="session-end">
      <h2 className="text-2xl font-semibold">{title}</h2>
      <p className="mt-3 text-stone-600 dark:text-stone-300">{detail}</p>
      {reviewedCount > 0 && <p className="mt-2 text-sm text-stone-500">You reviewed {reviewedCount} card{reviewedCount === 1 ? '' : 's'} in this session.</p>}
      <Link href="/" className="mt-6 inline-block rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
        Back to the dashboard
      </Link>
    </section>
  );
}
