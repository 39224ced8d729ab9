import type { Metadata } from 'next';
import Link from 'next/link';
import { searchWords, WORD_FILTERS, WORD_LEVELS, WORD_SORTS, type WordFilter, type WordLevelFilter, type WordSort } from '@/lib/data/words';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { formatRelativeDue } from '@/app/_components/relative-due';
import { CardStateBadge } from '@/app/_components/card-state-badge';
import { PinyinText } from '@/app/_components/pinyin-text';
import { GeneralRankShort, HskBadge } from '@/app/_components/level-badge';
import { summarizeMeanings } from '@/lib/chinese/meaning-summary';
import { parsePageNumber } from '@/lib/validation/ids';
import { cleanSearchText } from '@/lib/validation/search-text';
import { PageLinks } from '@/app/_components/page-links';

export const metadata: Metadata = { title: 'Words' };

const FILTER_LABELS: Record<WordFilter, string> = {
  all: 'All',
  due: 'Due now',
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  known: 'Known',
  suspended: 'Suspended',
  ignored: 'Ignored',
  names: 'Names',
  retired: 'Retired',
};
const LEVEL_LABELS: Record<WordLevelFilter, string> = {
  any: 'Any',
  1: 'HSK 1',
  2: 'HSK 2',
  3: 'HSK 3',
  4: 'HSK 4',
  5: 'HSK 5',
  6: 'HSK 6',
  none: 'Not in HSK',
};
const SORT_LABELS: Record<WordSort, string> = { frequency: 'Most frequent', general: 'Most common in general', due: 'Next due', recent: 'Recently reviewed' };

function pick<T extends string>(value: string | string[] | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export default async function WordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const query = cleanSearchText(params.q);
  const filter = pick(params.filter, WORD_FILTERS, 'all');
  const level = pick(params.level, WORD_LEVELS, 'any');
  const sort = pick(params.sort, WORD_SORTS, 'frequency');
  const page = parsePageNumber(params.page);
  const { db, user } = await learnerOrUnavailable();
  const now = new Date();
  const result = await searchWords(db, user, { query, filter, level, sort, page }, now);
  const href = (changes: Record<string, string | number>) => {
    const next = new URLSearchParams({ ...(query && { q: query }), filter, ...(level !== 'any' && { level }), sort, page: String(result.page), ...Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, String(value)])) });
    return `/words?${next}`;
  };

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Words</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-300">Every word of your articles, with how you are doing on it.</p>
      </div>
      <form role="search" action="/words" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
        <label className="flex-1 sm:min-w-64">
          <span className="text-sm font-medium">Search</span>
          <input
            type="search"
            name="q"
            defaultValue={query}
            placeholder="汉字, pinyin (zhongda, zhòngdà, zhong4da4) or English"
            className="mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
        <label>
          <span className="text-sm font-medium">Show</span>
          <select name="filter" defaultValue={filter} className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
            {WORD_FILTERS.map((value) => (
              <option key={value} value={value}>
                {FILTER_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="text-sm font-medium">Level</span>
          <select name="level" defaultValue={level} className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
            {WORD_LEVELS.map((value) => (
              <option key={value} value={value}>
                {LEVEL_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="text-sm font-medium">Sort</span>
          <select name="sort" defaultValue={sort} className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900">
            {WORD_SORTS.map((value) => (
              <option key={value} value={value}>
                {SORT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
          Search
        </button>
      </form>

      <p className="text-sm text-stone-600 dark:text-stone-300" aria-live="polite" data-testid="word-count">
        {result.total} word{result.total === 1 ? '' : 's'}
        {query && <> matching “{query}”</>}
        {filter !== 'all' && <> · {FILTER_LABELS[filter].toLowerCase()}</>}
        {level !== 'any' && <> · {level === 'none' ? 'not in HSK' : LEVEL_LABELS[level]}</>}
      </p>

      {result.words.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-300">
          No words found. Try the word in characters, its pinyin, or an English meaning.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {result.words.map((word) => {
            const meaning = summarizeMeanings(word.meanings, query);
            return (
              <li key={word.id}>
                <Link
                  href={`/words/${word.id}`}
                  className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-baseline gap-x-3 gap-y-1 px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50 sm:grid-cols-[8rem_minmax(0,1fr)_4.5rem_7rem] sm:items-center sm:gap-x-4 dark:hover:bg-stone-800/60 dark:focus-visible:bg-stone-800/60"
                >
                  <span lang="zh-CN" className="hanzi text-2xl sm:row-span-2">
                    {word.hanzi}
                  </span>
                  <span className="text-stone-700 [overflow-wrap:anywhere] sm:col-start-2 sm:row-start-1 dark:text-stone-200">
                    <PinyinText pinyin={word.pinyin} hanzi={word.hanzi} toneColours={user.toneColours} /> <HskBadge level={word.hskLevel} />
                  </span>
                  <span className="col-span-full row-start-2 text-sm text-stone-500 sm:col-span-1 sm:col-start-2 dark:text-stone-400">
                    {meaning ? (
                      <>
                        <span className="line-clamp-2">{meaning.definitions}</span>
                        {meaning.matchedReading && (
                          <span className="line-clamp-1">
                            <span className="font-medium text-stone-600 dark:text-stone-300">Also {meaning.matchedReading.pinyin}:</span> {meaning.matchedReading.definitions}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="italic">not in the dictionary</span>
                    )}
                  </span>
                  <span className="hidden text-right text-sm tabular-nums text-stone-500 sm:col-start-3 sm:row-span-2 sm:row-start-1 sm:flex sm:flex-col dark:text-stone-400">
                    <span title="Occurrences in your articles">{word.frequency}×</span>
                    <span className="text-xs">
                      <GeneralRankShort rank={word.generalRank} />
                    </span>
                  </span>
                  <span className="col-start-3 row-start-1 flex flex-wrap items-center justify-end gap-x-2 gap-y-1 text-xs sm:col-start-4 sm:row-span-2 sm:flex-col sm:items-end">
                    <CardStateBadge state={word.state} status={word.status} />
                    {word.status === 'ACTIVE' && word.state !== 'NEW' && <span className="text-stone-500 dark:text-stone-400">{formatRelativeDue(word.due, now)}</span>}
                    {sort === 'general' && (
                      <span className="text-stone-500 sm:hidden dark:text-stone-400">
                        <GeneralRankShort rank={word.generalRank} />
                      </span>
                    )}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}

      <PageLinks
        label="Pages"
        page={result.page}
        pages={result.pageCount}
        href={(page) => href({ page })}
        previous="← Previous"
        next="Next →"
        position={`Page ${result.page} of ${result.pageCount}`}
      />
    </div>
  );
}
