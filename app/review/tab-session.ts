/**
 * What this tab's review session has done so far, kept in sessionStorage so that leaving the review screen
 * (a word page, another page, a reload) and coming back keeps the count and the undo history.
 */
export type UndoEntry =
  | { kind: 'review'; reviewLogId: number; cardId: number; hanzi: string }
  | { kind: 'status'; cardId: number; hanzi: string; status: 'KNOWN' | 'SUSPENDED' };

export interface TabSession {
  reviewed: number;
  undo: UndoEntry[];
}

const KEY = 'ciku:review-session';
const UNDO_KEPT = 100;

export const EMPTY_SESSION: TabSession = { reviewed: 0, undo: [] };

export function loadTabSession(): TabSession {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as TabSession | null;
    if (stored && Number.isInteger(stored.reviewed) && Array.isArray(stored.undo)) return stored;
  } catch {
    // Storage unavailable or unreadable: start afresh.
  }
  return EMPTY_SESSION;
}

export function saveTabSession(session: TabSession): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...session, undo: session.undo.slice(-UNDO_KEPT) }));
  } catch {
    // Private mode or full storage: the session still works, it just is not kept across pages.
  }
}

/**
 * Each server render of the review page has its own id. The router replays a page's render when the
 * learner goes Back to it; a render this tab has already shown is out of date and must be fetched afresh.
 */
const shownRenders = new Set<string>();

export function isReplayedRender(renderId: string): boolean {
  if (shownRenders.has(renderId)) return true;
  shownRenders.add(renderId);
  return false;
}
