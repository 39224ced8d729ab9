import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getWordDetail } from '@/lib/data/words';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { CardStateBadge } from '@/app/_components/card-state-badge';
import { MeaningList } from '@/app/_components/meaning-list';
import { HighlightedSentence } from '@/app/_components/highlighted-sentence';
import { PinyinText } from '@/app/_components/pinyin-text';
import { SpeakButton } from '@/app/_components/speak-button';
import { StrokeOrder } from '@/app/_components/stroke-order';
import { formatRelativeDue } from '@/app/_components/relative-due';
import { HskBadge, generalRankText } from '@/app/_components/level-badge';
import { formatInterval } from '@/lib/scheduling/fsrs';
import { parseId } from '@/lib/validation/ids';
import { MemorySection } from './memory-section';
import { CardControls } from './card-controls';
import { SentenceCardSwitch } from './sentence-card-switch';
import { sentenceCardOfWord } from '@/lib/data/sentence-cards';
import { sentenceHref } from '@/lib/articles/parts';

type Props = { params: Promise<{ id: string }> };

const RATING_LABELS = ['', 'Again', 'Hard', 'Good', 'Easy'];
const RATING_COLORS = ['', 'text-red-700 dark:text-red-400', 'text-amber-700 dark:text-amber-400', 'text-emerald-700 dark:text-emerald-400', 'text-sky-700 dark:text-sky-400'];

function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

async function loadWord(id: string) {
  const wordId = parseId(id);
  if (wordId === null) notFound();
  const { db, user } = await learnerOrUnavailable();
  const word = await getWordDetail(db, user, wordId, new Date());
  if (!word) notFound();
  return { word, user, sentenceCard: await sentenceCardOfWord(db, user, wordId) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { word } = await loadWord((await params).id);
  return { title: `${word.hanzi} ${word.pinyin}` };
}

export default async function WordPage({ params }: Props) {
  const { word, user, sentenceCard } = await loadWord((await params).id);
  const now = new Date();
  const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: user.timeZone });
  return (
    <div className="flex flex-col gap-6">
      <Link href="/words" className="text-sm font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
        ← All words
      </Link>
      <section className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 lang="zh-CN" className="hanzi text-5xl">
              {word.hanzi}
            </h1>
            <p className="mt-2 flex flex-wrap items-center gap-3 text-2xl text-stone-700 dark:text-stone-200">
              <span data-testid="word-pinyin">
                <PinyinText pinyin={word.pinyin} hanzi={word.hanzi} toneColours={user.toneColours} />
              </span>
              <SpeakButton text={word.hanzi} label="Say the word aloud" align="start" />
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm sm:flex-col sm:items-end sm:gap-2">
            <CardStateBadge state={word.card.state} status={word.card.status} />
            {word.card.status === 'ACTIVE' && word.card.state !== 'NEW' && (
              <span className="text-stone-500 dark:text-stone-400">next {formatRelativeDue(word.card.due, now)}</span>
            )}
            {word.card.retrievability !== null && word.card.status === 'ACTIVE' && (
              <span className="text-stone-500 dark:text-stone-400" title="FSRS's estimate of the chance you recall this word right now">
                recall now {Math.round(word.card.retrievability * 100)}%
              </span>
            )}
            <span className="text-stone-500 dark:text-stone-400">{word.frequency}× in your articles</span>
            <HskBadge level={word.hskLevel} showNone />
            <span className="text-stone-500 dark:text-stone-400" data-testid="general-rank">{generalRankText(word.generalRank)}</span>
          </div>
        </div>
        <MeaningList meanings={word.meanings} className="mt-5 border-t border-stone-200 pt-4 dark:border-stone-800" />
        {word.isName && !word.card.queuedAt && word.card.state === 'NEW' && word.card.status === 'ACTIVE' && (
          <p className="mt-4 text-sm text-stone-600 dark:text-stone-300" data-testid="name-note">
            A name (a person, a place or an organisation): it is glossed in your sentences but not among your new cards unless you ask for it.
          </p>
        )}
        {word.card.status === 'RETIRED' && (
          <p className="mt-4 text-sm text-stone-600 dark:text-stone-300" data-testid="retired-note">
            Retired: your articles no longer use this as a word{word.replacedBy ? <> (it is now studied as <span lang="zh-CN">{word.replacedBy}</span>)</> : null}. Its
            review history is kept below, and it comes back if an article uses it again.
          </p>
        )}
        <CardControls
          cardId={word.card.id}
          wordId={word.id}
          status={word.card.status}
          state={word.card.state}
          waitingName={word.isName && !word.card.queuedAt && word.card.state === 'NEW'}
        />
        {word.card.status !== 'RETIRED' && <SentenceCardSwitch wordId={word.id} card={sentenceCard} />}
      </section>

      <section aria-labelledby="strokes">
        <h2 id="strokes" className="text-lg font-semibold">
          Stroke order
        </h2>
        <div className="mt-3 rounded-2xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <StrokeOrder hanzi={word.hanzi} />
        </div>
      </section>

      <MemorySection word={word} parameters={user.fsrsParameters} now={now} timeZone={user.timeZone} />

      <section aria-labelledby="sentences">
        <h2 id="sentences" className="text-lg font-semibold">
          {word.sentenceCount} sentence{word.sentenceCount === 1 ? '' : 's'}
        </h2>
        <ul className="mt-3 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {word.sentences.map((sentence) => (
            <li key={sentence.id} className="px-4 py-3 text-lg leading-relaxed">
              <HighlightedSentence sentence={sentence} toneColours={user.toneColours} />
              <Link lang="zh-CN" href={sentenceHref(sentence.articleId, sentence.id)} className="mt-0.5 block text-xs text-stone-500 hover:underline dark:text-stone-400">
                {sentence.articleTitle}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history">
        <h2 id="history" className="text-lg font-semibold">
          Review history
        </h2>
        {word.reviews.length === 0 ? (
          <p className="mt-2 text-stone-600 dark:text-stone-300">Not reviewed yet.</p>
        ) : (
          <>
            <ol className="mt-3 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white text-sm sm:hidden dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
              {word.reviews.map((review) => (
                <li key={review.id} className="px-4 py-2.5">
                  <p className="flex items-baseline justify-between gap-3">
                    <span className="whitespace-nowrap tabular-nums">{dateFormat.format(review.reviewedAt)}</span>
                    <span className={`font-medium ${RATING_COLORS[review.rating]}`}>{RATING_LABELS[review.rating]}</span>
                  </p>
                  <p className="mt-0.5 text-stone-500 dark:text-stone-400">
                    was {review.stateBefore.toLowerCase()} · next in {formatInterval(review.dueAfter.getTime() - review.reviewedAt.getTime())}
                    {review.durationMs ? ` · ${formatSeconds(review.durationMs)}` : ''}
                  </p>
                </li>
              ))}
            </ol>
            <div className="mt-3 hidden overflow-x-auto rounded-2xl border border-stone-200 bg-white sm:block dark:border-stone-800 dark:bg-stone-900">
              <table className="w-full text-left text-sm">
                <thead className="text-stone-500 dark:text-stone-400">
                  <tr>
                    <th className="px-4 py-2 font-medium">When</th>
                    <th className="px-4 py-2 font-medium">Answer</th>
                    <th className="px-4 py-2 font-medium">Was</th>
                    <th className="px-4 py-2 font-medium">Next interval</th>
                    <th className="px-4 py-2 font-medium">Time</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
                  {word.reviews.map((review) => (
                    <tr key={review.id}>
                      <td className="whitespace-nowrap px-4 py-2 tabular-nums">{dateFormat.format(review.reviewedAt)}</td>
                      <td className={`px-4 py-2 font-medium ${RATING_COLORS[review.rating]}`}>{RATING_LABELS[review.rating]}</td>
                      <td className="px-4 py-2 capitalize">{review.stateBefore.toLowerCase()}</td>
                      <td className="whitespace-nowrap px-4 py-2 tabular-nums">{formatInterval(review.dueAfter.getTime() - review.reviewedAt.getTime())}</td>
                      <td className="whitespace-nowrap px-4 py-2 tabular-nums">{review.durationMs ? formatSeconds(review.durationMs) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
