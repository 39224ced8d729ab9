const NUMBER = new Intl.NumberFormat('en-GB');

const HSK_TITLE = 'HSK 2.0 vocabulary level (1 is the first 150 words, 6 the last 2,500)';
const RANK_TITLE = 'Rank among 349,000 words by how often general Chinese text uses them (jieba’s word counts)';

/** "#1,204 in general use", or that the general frequency list does not have the word. */
export function generalRankText(rank: number | null): string {
  return rank === null ? 'not in the general frequency list' : `#${NUMBER.format(rank)} in general use`;
}

/** The word's HSK level as a pill; a word in no HSK list says "not in HSK" where `showNone` asks for it, else nothing. */
export function HskBadge({ level, showNone = false }: { level: number | null; showNone?: boolean }) {
  if (level === null) {
    if (!showNone) return null;
    return (
      <span className="whitespace-nowrap rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-600 dark:bg-stone-800 dark:text-stone-300" title={HSK_TITLE} data-testid="hsk-badge">
        not in HSK
      </span>
    );
  }
  return (
    <span className="whitespace-nowrap rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-800 dark:bg-violet-950 dark:text-violet-300" title={HSK_TITLE} data-testid="hsk-badge">
      HSK {level}
    </span>
  );
}

/** The general rank as a short figure ("#1,204"), for lists; nothing when the word is not in the list. */
export function GeneralRankShort({ rank }: { rank: number | null }) {
  if (rank === null) return null;
  return (
    <span className="whitespace-nowrap tabular-nums" title={RANK_TITLE} data-testid="general-rank">
      #{NUMBER.format(rank)}
    </span>
  );
}

/** Both, spelled out, "not in HSK" included: for a card and a word page. */
export function WordLevels({ hskLevel, generalRank, className = '' }: { hskLevel: number | null; generalRank: number | null; className?: string }) {
  return (
    <span className={`inline-flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-500 dark:text-stone-400 ${className}`} data-testid="word-levels">
      <HskBadge level={hskLevel} showNone />
      <span className="tabular-nums" title={RANK_TITLE} data-testid="general-rank">
        {generalRankText(generalRank)}
      </span>
    </span>
  );
}
