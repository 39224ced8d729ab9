'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { QueueCounts, ReviewCard, ReviewQueue } from '@/lib/data/review';
import type { Grade } from '@/lib/scheduling/fsrs';
import { AnswerBar, type CardAction } from './answer-bar';
import { post, type QueueAnswer } from './api';
import { CardView } from './card-view';
import { KeyboardHelp } from './keyboard-help';
import { commandForKey } from './keys';
import { SessionEnd } from './session-end';
import { EMPTY_SESSION, isReplayedRender, loadTabSession, saveTabSession, type TabSession, type UndoEntry } from './tab-session';

interface GradedCard {
  cardId: number;
  version: number;
  state: ReviewCard['state'];
  due: string;
}

/** What is on screen. A card and whether its answer shows change together, in one render. */
interface Showing {
  /** null while the current queue is being fetched. */
  queue: ReviewQueue | null;
  revealed: boolean;
  /** One id per showing of a card: a retried or double-clicked grade carries the same id and is applied once. */
  requestId: string;
  shownAt: number;
}

const sameCard = (a: ReviewCard | null | undefined, b: ReviewCard | null | undefined) =>
  !!a && !!b && a.cardId === b.cardId && a.version === b.version;

/** The screen with `queue` on it: the card already showing keeps its state; any other card starts with its answer hidden. */
function show(previous: Showing | null, queue: ReviewQueue | null): Showing {
  if (previous && queue && sameCard(previous.queue?.card, queue.card)) return { ...previous, queue };
  return { queue, revealed: false, requestId: crypto.randomUUID(), shownAt: performance.now() };
}

const LEARNING_COUNT_WINDOW_MS = 12 * 60 * 60 * 1000;
const bucketOf = (state: ReviewCard['state']) => (state === 'NEW' ? 'new' : state === 'REVIEW' ? 'review' : 'learning');

/** Today's counts right after a grade, until the refreshed queue brings the exact ones. */
function countsAfterGrade(counts: QueueCounts, graded: ReviewCard, after: GradedCard): QueueCounts {
  const bucket = bucketOf(graded.state);
  const next = { ...counts, [bucket]: Math.max(0, counts[bucket] - 1) };
  const staysInLearning = after.state === 'LEARNING' || after.state === 'RELEARNING';
  if (staysInLearning && Date.parse(after.due) - Date.now() < LEARNING_COUNT_WINDOW_MS) next.learning += 1;
  return next;
}

export function ReviewSession({ initialQueue, renderId, articleId }: { initialQueue: ReviewQueue; renderId: string; articleId?: number }) {
  // A session limited to one article's words names it in every queue request.
  const scope = articleId === undefined ? {} : { articleId };
  const router = useRouter();
  const [showing, setShowing] = useState<Showing>(() => show(null, initialQueue));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [session, setSession] = useState<TabSession>(EMPTY_SESSION);
  const [showAllSentences, setShowAllSentences] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // Keys work once the page is hydrated; tests (and only they) wait for this mark.
  const [ready, setReady] = useState(false);
  const sessionLoaded = useRef(false);
  const busyRef = useRef(false);
  // Counts queue changes: a queue refresh that a newer change has overtaken is dropped.
  const changes = useRef(0);

  const queue = showing.queue;
  const card = queue?.card ?? null;
  const revealed = showing.revealed;

  const refreshQueue = useCallback(async () => {
    const change = ++changes.current;
    const result = await post<QueueAnswer>('/api/review/queue', scope);
    if (result.ok && change === changes.current) setShowing((previous) => show(previous, result.queue));
    return result;
  }, [articleId]);

  // Going Back to this page replays its first render: fetch the queue as it is now before showing a card.
  useLayoutEffect(() => {
    if (isReplayedRender(renderId)) {
      setShowing((previous) => show(previous, null));
      void refreshQueue();
    }
  }, [renderId, refreshQueue]);

  useEffect(() => {
    setSession(loadTabSession());
    sessionLoaded.current = true;
    setReady(true);
  }, []);
  useEffect(() => {
    if (sessionLoaded.current) saveTabSession(session);
  }, [session]);

  // A page restored from the browser's back-forward cache, or a tab looked at again, may hold an old queue.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => event.persisted && void refreshQueue();
    const onVisible = () => document.visibilityState === 'visible' && !busyRef.current && void refreshQueue();
    window.addEventListener('pageshow', onPageShow);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('pageshow', onPageShow);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refreshQueue]);

  useEffect(() => setShowAllSentences(false), [card?.cardId]);

  const run = useCallback(async (work: () => Promise<void>) => {
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

  /**
   * After a grade the next card is already on screen; the refreshed queue confirms it, or, when the server
   * would now show another card first (a learning card came due), puts that one next.
   */
  const refreshAfterGrade = useCallback(async (change: number) => {
    const result = await post<QueueAnswer>('/api/review/queue', scope);
    if (!result.ok || change !== changes.current) return;
    const fresh = result.queue;
    setShowing((previous) => {
      const shown = previous.queue;
      if (!shown?.card || shown.card.cardId === fresh.card?.cardId) return show(previous, fresh);
      const upcoming = fresh.card && fresh.card.cardId !== shown.card.cardId ? fresh.card : fresh.upcoming;
      return show(previous, { ...fresh, card: shown.card, upcoming, end: null });
    });
  }, [articleId]);

  const pushUndo = (entry: UndoEntry, counted: number) =>
    setSession((current) => {
      const last = current.undo.at(-1);
      const repeated = last?.kind === 'review' && entry.kind === 'review' && last.reviewLogId === entry.reviewLogId;
      return { reviewed: current.reviewed + counted, undo: repeated ? current.undo : [...current.undo, entry] };
    });

  const grade = (value: Grade) =>
    run(async () => {
      if (!card || !revealed) return;
      const result = await post<{ ok: true; reviewLogId: number; duplicate: boolean; card: GradedCard }>('/api/review/grade', {
        cardId: card.cardId,
        version: card.version,
        grade: value,
        requestId: showing.requestId,
        durationMs: Math.min(Math.round(performance.now() - showing.shownAt), 86_400_000),
      });
      if (result.ok) {
        setNotice(null);
        pushUndo({ kind: 'review', reviewLogId: result.reviewLogId, cardId: card.cardId, hanzi: card.word.hanzi }, result.duplicate ? 0 : 1);
        const change = ++changes.current;
        setShowing((previous) =>
          show(previous, {
            card: previous.queue?.upcoming ?? null,
            upcoming: null,
            counts: countsAfterGrade(previous.queue?.counts ?? { learning: 0, review: 0, new: 0 }, card, result.card),
            end: null,
          }),
        );
        void refreshAfterGrade(change);
      } else if (['conflict', 'inactive', 'not-found', 'undone', 'request-reused'].includes(result.error)) {
        const answeredHere = session.undo.some((entry) => entry.kind === 'review' && entry.cardId === card.cardId);
        setNotice({
          tone: 'info',
          text: result.error === 'conflict' && answeredHere ? `You already answered ${card.word.hanzi}. Here is your next card.` : result.message,
        });
        await refreshQueue();
      } else {
        setNotice({ tone: 'error', text: result.message });
      }
    });

  const undo = () =>
    run(async () => {
      const last = session.undo.at(-1);
      if (!last) {
        setNotice({ tone: 'info', text: 'Nothing to undo in this session.' });
        return;
      }
      const result =
        last.kind === 'review'
          ? await post<QueueAnswer>('/api/review/undo', { reviewLogId: last.reviewLogId, ...scope })
          : await post<QueueAnswer>('/api/review/card', { cardId: last.cardId, action: 'resume', ...scope });
      if (result.ok || result.error === 'not-found' || result.error === 'already-undone' || result.error === 'not-latest') {
        setSession((current) => ({
          reviewed: Math.max(0, current.reviewed - (result.ok && last.kind === 'review' ? 1 : 0)),
          undo: current.undo.slice(0, -1),
        }));
      }
      if (result.ok) {
        changes.current += 1;
        const what = last.kind === 'review' ? 'your answer for' : last.status === 'KNOWN' ? '“known” for' : 'the suspension of';
        setNotice({ tone: 'info', text: `Undid ${what} ${last.hanzi}.` });
        setShowing((previous) => show(previous, result.queue));
      } else {
        setNotice({ tone: result.error === 'network' ? 'error' : 'info', text: result.message });
      }
    });

  const cardAction = (action: CardAction) =>
    run(async () => {
      if (!card) return;
      const result = await post<QueueAnswer>('/api/review/card', { cardId: card.cardId, action, ...scope });
      if (result.ok) {
        changes.current += 1;
        if (action !== 'reset') pushUndo({ kind: 'status', cardId: card.cardId, hanzi: card.word.hanzi, status: action === 'known' ? 'KNOWN' : 'SUSPENDED' }, 0);
        const done = { known: 'marked as known', suspend: 'suspended', reset: 'reset to new' }[action];
        setNotice({ tone: 'info', text: `${card.word.hanzi} ${done}.${action === 'reset' ? '' : ' Press U to undo.'}` });
        setShowing((previous) => show(previous, result.queue));
      } else {
        setNotice({ tone: 'error', text: result.message });
      }
    });

  const reveal = () => setShowing((previous) => (previous.queue?.card ? { ...previous, revealed: true } : previous));
  const openWordPage = () => card && router.push(`/words/${card.word.id}`);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (helpOpen || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const command = commandForKey(event);
    if (!command) return;
    // Buttons answer Enter and Space themselves; don't double up. A button disabled for a moment (an answer
    // being saved) answers nothing, so the key is not lost.
    if (command === 'reveal' && target?.closest('button:not(:disabled), a')) return;
    event.preventDefault();
    if (event.repeat) return;
    switch (command) {
      case 'help':
        setHelpOpen(true);
        return;
      case 'undo':
        void undo();
        return;
      case 'reveal':
        if (!card) return;
        if (revealed) void grade('good');
        else reveal();
        return;
      case 'known':
      case 'suspend':
        void cardAction(command);
        return;
      case 'wordPage':
        openWordPage();
        return;
      default:
        if (revealed) void grade(command);
    }
  };
  const keyHandler = useRef(onKeyDown);
  useLayoutEffect(() => {
    keyHandler.current = onKeyDown;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // When only learning cards remain, come back by ourselves when the next one is due.
  const nextDueAt = queue?.end?.nextDueAt;
  useEffect(() => {
    if (card || !nextDueAt) return;
    const wait = Date.parse(nextDueAt) - Date.now();
    if (wait > 60 * 60 * 1000) return;
    const timer = setTimeout(() => void refreshQueue(), Math.max(wait, 0) + 1000);
    return () => clearTimeout(timer);
  }, [card, nextDueAt, refreshQueue]);

  const counts = queue?.counts;
  const current = card ? bucketOf(card.state) : null;

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-3 pb-36" data-testid="review-session" data-ready={ready || undefined}>
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p aria-live="polite" className="flex items-center gap-3 tabular-nums" data-testid="queue-counts">
          {counts && (
            <>
              <span className="sr-only">Left today:</span>
              <CountChip label="learning" value={counts.learning} className="text-orange-700 dark:text-orange-400" current={current === 'learning'} />
              <CountChip label="review" value={counts.review} className="text-emerald-700 dark:text-emerald-400" current={current === 'review'} />
              <CountChip label="new" value={counts.new} className="text-sky-700 dark:text-sky-400" current={current === 'new'} />
              <span className="text-stone-500 dark:text-stone-400">· {counts.learning + counts.review + counts.new} left</span>
            </>
          )}
        </p>
        <div className="flex items-center gap-2">
          <span className="text-stone-500 dark:text-stone-400" data-testid="session-count">
            {session.reviewed} reviewed
          </span>
          <button
            type="button"
            onClick={() => void undo()}
            disabled={busy || session.undo.length === 0}
            className="rounded-md border border-stone-300 px-3 py-1.5 font-medium hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-stone-700 dark:hover:bg-stone-800"
            aria-keyshortcuts="U Control+Z"
          >
            Undo <kbd className="ml-1 hidden text-xs text-stone-500 sm:inline">U</kbd>
          </button>
        </div>
      </div>

      <div role="status" aria-live="polite" className="min-h-5 text-sm">
        {notice && (
          <p className={notice.tone === 'error' ? 'text-red-700 dark:text-red-400' : 'text-stone-600 dark:text-stone-300'}>{notice.text}</p>
        )}
      </div>

      {card ? (
        <CardView card={card} revealed={revealed} showAllSentences={showAllSentences} onShowAllSentences={() => setShowAllSentences(true)} />
      ) : queue?.end ? (
        <SessionEnd queue={queue} reviewedCount={session.reviewed} />
      ) : (
        <p role="status" className="rounded-2xl border border-stone-200 bg-white p-8 text-center text-stone-500 dark:border-stone-800 dark:bg-stone-900">
          Loading the next card…
        </p>
      )}

      {(card || !queue?.end) && (
        <AnswerBar
          card={card}
          revealed={revealed}
          busy={busy}
          onReveal={reveal}
          onGrade={(value) => void grade(value)}
          onCardAction={(action) => void cardAction(action)}
          onOpenWordPage={openWordPage}
          onHelp={() => setHelpOpen(true)}
        />
      )}
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
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
