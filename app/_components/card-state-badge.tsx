import type { CardState, CardStatus } from '@/lib/generated/prisma/enums';

const STYLES = {
  NEW: ['New', 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300'],
  LEARNING: ['Learning', 'bg-orange-100 text-orange-800 dark:bg-orange-950 dark:text-orange-300'],
  RELEARNING: ['Relearning', 'bg-orange-100 text-orange-800 dark:bg-orange-950 dark:text-orange-300'],
  REVIEW: ['Review', 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300'],
  KNOWN: ['Known', 'bg-stone-200 text-stone-700 dark:bg-stone-800 dark:text-stone-300'],
  SUSPENDED: ['Suspended', 'bg-stone-200 text-stone-500 line-through dark:bg-stone-800 dark:text-stone-400'],
  IGNORED: ['Ignored', 'bg-stone-100 text-stone-500 dark:bg-stone-900 dark:text-stone-400'],
  RETIRED: ['Retired', 'bg-stone-100 text-stone-500 dark:bg-stone-900 dark:text-stone-400'],
} as const;

export function CardStateBadge({ state, status }: { state: CardState; status: CardStatus }) {
  const [label, className] = STYLES[status === 'ACTIVE' ? state : status];
  return <span className={`rounded-full px-2 py-0.5 font-medium ${className}`}>{label}</span>;
}
