'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadingActionResult, ReadingAction, ReadingWord } from '@/lib/data/reading-word';
import { post, type ApiFailure } from '@/app/review/api';
import { boundaryTargetOf, type BoundaryTarget } from './boundary-target';
import { MARK_CLASS } from './marks';
import { WordPanel, type PanelState } from './word-panel';

const WORD = '[data-w]';

/** The word a span of the text stands for, and where. */
export interface PickedWord {
  wordId: number;
  sentenceId: number | null;
  hanzi: string;
  /** Its reading in this sentence. */
  reading: string;
  /** Where it stands, for joining it with the next word or splitting it. */
  boundary: BoundaryTarget | null;
}

function picked(element: HTMLElement): PickedWord {
  const sentence = element.closest<HTMLElement>('[data-s]');
  return {
    wordId: Number(element.dataset.w),
    sentenceId: sentence ? Number(sentence.dataset.s) : null,
    hanzi: hanziWithoutRuby(element),
    reading: element.dataset.r ?? '',
    boundary: boundaryTargetOf(element),
  };
}

function hanziWithoutRuby(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('rt').forEach((rt) => rt.remove());
  return copy.textContent ?? '';
}

/**
 * The reading view's one client component: the text inside it is plain server-rendered spans, and every click
 * and key on a word arrives here by delegation. A word opens the panel (beside the text on a wide screen, a
 * sheet from the bottom on a phone); ←/→ move between words, Enter or Space opens one, Escape closes.
 */
export function ArticleReader({ articleId, toneColours, children }: { articleId: number; toneColours: boolean; children: React.ReactNode }) {
  const textRef = useRef<HTMLDivElement>(null);
  const selectedRef = useRef<HTMLElement | null>(null);
  const [panel, setPanel] = useState<PanelState | null>(null);
  const [ready, setReady] = useState(false);
  const requests = useRef(0);

  useEffect(() => setReady(true), []);

  const select = useCallback((element: HTMLElement) => {
    const previous = selectedRef.current;
    if (previous && previous !== element) {
      previous.classList.remove('word-selected');
      previous.tabIndex = -1;
    }
    // The first word is the way in from Tab; once another is chosen, that one is.
    textRef.current?.querySelector<HTMLElement>(`${WORD}[tabindex="0"]`)?.setAttribute('tabindex', '-1');
    element.classList.add('word-selected');
    element.tabIndex = 0;
    selectedRef.current = element;
  }, []);

  const open = useCallback(
    async (element: HTMLElement) => {
      select(element);
      const word = picked(element);
      const request = ++requests.current;
      setPanel({ picked: word, word: null, error: null, busy: false, notice: null });
      const result = await post<{ ok: true; word: ReadingWord }>('/api/reading/word', {
        wordId: word.wordId,
        ...(word.sentenceId ? { sentenceId: word.sentenceId } : {}),
      });
      if (request !== requests.current) return;
      setPanel((current) => current && { ...current, word: result.ok ? result.word : null, error: result.ok ? null : result.message });
    },
    [select],
  );

  const close = useCallback(() => {
    requests.current += 1;
    setPanel(null);
    selectedRef.current?.classList.remove('word-selected');
    selectedRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!panel) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panel, close]);

  const onClick = (event: React.MouseEvent) => {
    const element = (event.target as HTMLElement).closest<HTMLElement>(WORD);
    if (element) void open(element);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const element = (event.target as HTMLElement).closest<HTMLElement>(WORD);
    if (!element || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void open(element);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const words = [...textRef.current!.querySelectorAll<HTMLElement>(WORD)];
      const next = words[words.indexOf(element) + (event.key === 'ArrowRight' ? 1 : -1)];
      if (!next) return;
      element.tabIndex = -1;
      if (element !== selectedRef.current) element.classList.remove('word-selected');
      next.tabIndex = 0;
      next.focus();
    }
  };

  /** Marks every span of the word as it now stands, the selected one still selected. */
  const remark = (wordId: number, mark: keyof typeof MARK_CLASS) => {
    textRef.current?.querySelectorAll<HTMLElement>(`[data-w="${wordId}"]`).forEach((span) => {
      span.className = MARK_CLASS[mark] + (span === selectedRef.current ? ' word-selected' : '');
    });
  };

  const act = async (action: ReadingAction) => {
    const current = panel;
    if (!current?.word || current.busy) return;
    setPanel({ ...current, busy: true, notice: null });
    const result = await post<ReadingActionResult & { ok: true }>('/api/reading/word-action', { wordId: current.word.id, action });
    setPanel((latest) => {
      if (!latest || latest.word?.id !== current.word!.id) return latest;
      if (!result.ok) return { ...latest, busy: false, notice: { tone: 'error', text: (result as ApiFailure).message } };
      return { ...latest, busy: false, word: { ...latest.word, card: result.card }, notice: { tone: 'info', text: DONE[action] } };
    });
    if (result.ok) remark(current.word.id, result.card.mark);
  };

  return (
    <div className="md:grid md:grid-cols-[minmax(0,1fr)_18rem] md:gap-6" data-testid="reader" data-ready={ready || undefined}>
      <div ref={textRef} onClick={onClick} onKeyDown={onKeyDown} className="min-w-0">
        {children}
      </div>
      <WordPanel articleId={articleId} toneColours={toneColours} panel={panel} onClose={close} onAction={(action) => void act(action)} />
    </div>
  );
}

const DONE: Record<ReadingAction, string> = {
  learn: 'It comes first among today’s new cards.',
  known: 'Marked as known.',
  ignore: 'Ignored: it will never be a card.',
  resume: 'Back in your studies.',
};
