import type { Grade } from '@/lib/scheduling/fsrs';

/** Every key the review screen answers, as the buttons and the help overlay show them. */
export const REVIEW_KEYS = {
  reveal: { keys: ['Space', 'Enter'], label: 'Show the answer (then: Good)' },
  again: { keys: ['1'], label: 'Again: you did not remember' },
  hard: { keys: ['2'], label: 'Hard: remembered with difficulty' },
  good: { keys: ['3'], label: 'Good: remembered' },
  easy: { keys: ['4'], label: 'Easy: remembered at once' },
  undo: { keys: ['U', 'Ctrl+Z'], label: 'Undo the last answer or change' },
  known: { keys: ['K'], label: 'Mark the word as known: it leaves your reviews' },
  suspend: { keys: ['S'], label: 'Suspend the card until you resume it' },
  wordPage: { keys: ['W'], label: 'Open the word page' },
  pinyinHint: { keys: ['P'], label: 'Sentence card: show the pinyin of the blank' },
  meaningHint: { keys: ['M'], label: 'Sentence card: show the meaning of the blank' },
  speakWord: { keys: ['R'], label: 'Say the word aloud' },
  speakSentence: { keys: ['Shift+R'], label: 'Say the first sentence aloud (once the answer shows)' },
  help: { keys: ['?'], label: 'Show or hide this help' },
} as const;

export type ReviewCommand = keyof typeof REVIEW_KEYS;

const GRADE_KEYS: Record<string, Grade> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

/** The command a key press asks for, or null. Pure, so the mapping is tested without a browser. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): ReviewCommand | null {
  const { key, ctrlKey, metaKey, altKey } = event;
  if ((ctrlKey || metaKey) && !altKey && !event.shiftKey && key.toLowerCase() === 'z') return 'undo';
  if (ctrlKey || metaKey || altKey) return null;
  if (key === ' ' || key === 'Enter') return 'reveal';
  if (key === '?') return 'help';
  if (GRADE_KEYS[key]) return GRADE_KEYS[key];
  if (key.toLowerCase() === 'r') return event.shiftKey ? 'speakSentence' : 'speakWord';
  switch (key.toLowerCase()) {
    case 'u':
      return 'undo';
    case 'k':
      return 'known';
    case 's':
      return 'suspend';
    case 'w':
      return 'wordPage';
    case 'p':
      return 'pinyinHint';
    case 'm':
      return 'meaningHint';
    default:
      return null;
  }
}
