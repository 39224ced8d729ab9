import type { WordMark } from '@/lib/data/articles';

/** The class a word of the reading view has for its mark (globals.css styles every `[data-w]` and these). */
export const MARK_CLASS: Record<WordMark, string> = {
  new: 'word-new',
  learning: 'word-learning',
  known: 'word-known',
  ignored: 'word-ignored',
  name: 'word-name',
};

export const MARK_LABEL: Record<WordMark, string> = {
  new: 'New',
  learning: 'Learning',
  known: 'Known',
  ignored: 'Ignored',
  name: 'Name',
};
