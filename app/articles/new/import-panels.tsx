'use client';

import Link from 'next/link';
import type { ImportJobStatus } from '@/lib/articles/import-jobs';
import type { BrowserPreview } from '@/lib/data/browser-import';
import type { ImportSummary } from '@/lib/data/import-article';

const primary = 'rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50 dark:bg-red-600 dark:hover:bg-red-500';
const secondary = 'rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800';
const number = (value: number) => value.toLocaleString('en');
const plural = (count: number, one: string, many: string) => `${number(count)} ${count === 1 ? one : many}`;

function Figure({ value, label, testId }: { value: number; label: string; testId: string }) {
  return (
    <div className="rounded-lg border border-stone-200 px-3 py-2 dark:border-stone-800">
      <dd className="text-xl font-semibold tabular-nums" data-testid={testId}>
        {number(value)}
      </dd>
      <dt className="text-xs text-stone-600 dark:text-stone-300">{label}</dt>
    </div>
  );
}

/** What the text would add, and the button (or the choice) that imports it. */
export function PreviewPanel({ preview, title, busy, onImport }: { preview: BrowserPreview; title: string; busy: boolean; onImport: (choice?: 'update' | 'new') => void }) {
  const { words, clashes } = preview;
  return (
    <section aria-label="Preview" className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <div>
        <h2 className="font-semibold">Preview</h2>
        <p className="text-sm text-stone-600 dark:text-stone-300" data-testid="preview-summary">
          {plural(preview.sentenceCount, 'sentence', 'sentences')}, {plural(preview.distinctWords, 'distinct word or name', 'distinct words and names')},{' '}
          {plural(preview.occurrences, 'occurrence', 'occurrences')}.
          {preview.segmentedByJieba ? ' The text has no spaces between its words: it will be cut into words for you.' : ' The text is already cut into words: its cut is kept.'}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Figure value={words.new} label="new to you" testId="preview-new" />
        <Figure value={words.known} label="you already know" testId="preview-known" />
        <Figure value={words.queued} label="already in your queue" testId="preview-queued" />
        <Figure value={words.names} label="names (not cards unless asked)" testId="preview-names" />
      </dl>
      {(words.returning > 0 || words.suspended > 0) && (
        <p className="text-sm text-stone-600 dark:text-stone-300">
          {words.returning > 0 && <>{plural(words.returning, 'word comes', 'words come')} back to your queue with its history (from an article you deleted). </>}
          {words.suspended > 0 && <>{plural(words.suspended, 'word is', 'words are')} suspended.</>}
        </p>
      )}
      <div>
        <h3 className="text-sm font-medium">
          {preview.sentenceCount > preview.sentences.length ? `The first ${preview.sentences.length} of ${number(preview.sentenceCount)} sentences` : 'Its sentences'}
        </h3>
        <ol className="hanzi mt-2 flex list-decimal flex-col gap-1 pl-6 text-base" lang="zh-CN" data-testid="preview-sentences">
          {preview.sentences.map((sentence, index) => (
            <li key={index} className="break-words">
              {sentence}
            </li>
          ))}
        </ol>
      </div>
      {clashes.sameText ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm" role="note">
            This very text is already imported as <Link href={`/articles/${clashes.sameText.id}`} className="underline" lang="zh-CN">“{clashes.sameText.title}”</Link>: importing it
            again changes nothing.
          </p>
          <div>
            <button type="button" disabled={busy} onClick={() => onImport()} className={secondary}>
              Import anyway
            </button>
          </div>
        </div>
      ) : clashes.titleTaken ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm" role="note">
            An article titled <Link href={`/articles/${clashes.titleTaken.id}`} className="underline" lang="zh-CN">“{clashes.titleTaken.title}”</Link> exists (
            {plural(clashes.titleTaken.sentences, 'sentence', 'sentences')}). Is this text a new version of it? Updating keeps the sentences that did not change and
            every card and review; a new article keeps both.
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={busy} onClick={() => onImport('update')} className={primary}>
              Update “{clashes.titleTaken.title}”
            </button>
            <button type="button" disabled={busy} onClick={() => onImport('new')} className={secondary}>
              Import as a new article, “{clashes.freeTitle}”
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button type="button" disabled={busy} onClick={() => onImport()} className={primary}>
            {busy ? 'Starting…' : `Import “${title}”`}
          </button>
        </div>
      )}
    </section>
  );
}

const STAGES: Record<string, string> = {
  starting: 'Starting',
  extracting: 'Finding the words of each sentence',
  saving: 'Saving sentences',
  finishing: 'Finishing',
};

function summaryLines(summary: ImportSummary): string[] {
  if (summary.outcome === 'unchanged') return [`Nothing new: this text is already imported as “${summary.title}”. Nothing was changed.`];
  const lines = [
    `${summary.outcome === 'created' ? 'Imported' : 'Updated'} “${summary.title}”: ${plural(summary.sentences, 'sentence', 'sentences')}, ` +
      `${plural(summary.words, 'word or name', 'words and names')} (${number(summary.newWords)} new to Ciku), ${plural(summary.names, 'name', 'names')}.`,
  ];
  if (summary.outcome === 'updated') lines.push(`${plural(summary.newSentences, 'sentence', 'sentences')} added, ${number(summary.removedSentences)} removed; every card and review is kept.`);
  if (summary.wordsLeftWithoutSentences.length > 0) {
    const shown = summary.wordsLeftWithoutSentences.slice(0, 20).join('、');
    lines.push(`${plural(summary.wordsLeftWithoutSentences.length, 'word now has', 'words now have')} no sentence in any article (${shown}); their cards and reviews are kept.`);
  }
  return lines;
}

/** A running import's progress, then how it ended, with links to the article and the words. */
export function ImportOutcome({ job, onStartOver, onBack }: { job: ImportJobStatus; onStartOver: () => void; onBack: () => void }) {
  if (job.state === 'running') {
    return (
      <section aria-label="Import progress" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <h2 className="font-semibold">
          Importing <span lang="zh-CN">“{job.title}”</span>
        </h2>
        <div className="h-3 w-full overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={job.percent} aria-label="Import progress">
          <div className="h-full rounded-full bg-red-700 transition-[width] dark:bg-red-500" style={{ width: `${job.percent}%` }} />
        </div>
        <p role="status" className="text-sm text-stone-600 dark:text-stone-300" data-testid="import-progress">
          {STAGES[job.stage]}
          {job.stage === 'saving' && job.total > 1 ? ` (${number(job.done)} of ${number(job.total)})` : ''}… {job.percent} %. You can go on studying meanwhile.
        </p>
      </section>
    );
  }
  return (
    <section aria-label="Import result" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      {job.state === 'done' ? (
        <>
          <div role="status" data-testid="import-result" className="flex flex-col gap-1 text-sm">
            {summaryLines(job.summary).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <div className="flex flex-wrap gap-2">
            <Link href={`/articles/${job.summary.articleId}`} className={primary}>
              Read the article
            </Link>
            <Link href="/words" className={secondary}>
              See your words
            </Link>
            <button type="button" onClick={onStartOver} className={secondary}>
              Import another
            </button>
          </div>
        </>
      ) : (
        <>
          <p role="alert" className="text-sm text-red-800 dark:text-red-200">
            {job.message}
          </p>
          <div>
            <button type="button" onClick={onBack} className={secondary}>
              Back to the text
            </button>
          </div>
        </>
      )}
    </section>
  );
}
