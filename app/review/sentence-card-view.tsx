import Link from 'next/link';
import type { ReviewCard } from '@/lib/data/review';
import { splitAtBlank } from '@/lib/sentence-cards/card-sentence';
import { HighlightedSentence } from '@/app/_components/highlighted-sentence';
import { MeaningList } from '@/app/_components/meaning-list';

export interface SentenceHints {
  pinyin: boolean;
  meaning: boolean;
}

const STATE_LABEL: Record<ReviewCard['state'], string> = {
  NEW: 'New',
  LEARNING: 'Learning',
  REVIEW: 'Review',
  RELEARNING: 'Relearning',
};

const linkClass = 'font-medium text-sky-700 underline-offset-4 hover:underline disabled:opacity-40 dark:text-sky-400';
const hintButtonClass =
  'rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:cursor-default disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800';

/**
 * A sentence card: one of the word's sentences with the word blanked out (a box as wide as the word, so its
 * length is a clue, its characters not), the pinyin of the blank and the meaning as hints on demand; revealed,
 * the word with its pinyin and meanings, and the whole sentence with the word marked. Before the reveal the
 * page holds nothing of the word but what a hint shows.
 */
export function SentenceCardView({
  card,
  revealed,
  hints,
  busy,
  onHint,
  onAnotherSentence,
}: {
  card: ReviewCard;
  revealed: boolean;
  hints: SentenceHints;
  busy: boolean;
  onHint: (hint: keyof SentenceHints) => void;
  onAnotherSentence: () => void;
}) {
  const sentence = card.sentence;
  return (
    <article
      aria-label={revealed ? `Sentence card ${card.word.hanzi}` : 'Sentence card: which word goes in the blank?'}
      data-testid="sentence-card"
      className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900 sm:p-8"
    >
      <div className="flex items-center justify-between text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">
        <span data-testid="card-state">{STATE_LABEL[card.state]} · sentence</span>
        <span className="hidden sm:inline">recall the word in context</span>
      </div>
      {!sentence ? (
        <p className="mt-4 text-stone-600 dark:text-stone-300">This word has no sentence left in your articles. Answer from its meaning:</p>
      ) : revealed ? (
        <div className="mt-4 text-2xl sm:text-3xl" data-testid="sentence-revealed">
          <HighlightedSentence sentence={{ text: sentence.text, highlights: [[sentence.start, sentence.length]], readings: [sentence.reading] }} />
        </div>
      ) : (
        <BlankedSentence sentence={sentence} showReading={hints.pinyin} />
      )}
      {sentence && (
        <p lang="zh-CN" className="mt-1 truncate text-xs text-stone-500 dark:text-stone-400">
          {sentence.articleTitle}
        </p>
      )}

      {!revealed && (
        <div className="mt-5 flex flex-wrap items-center gap-2">
          <button type="button" className={hintButtonClass} onClick={() => onHint('pinyin')} disabled={hints.pinyin} aria-keyshortcuts="P">
            Pinyin hint <kbd className="ml-1 hidden text-xs text-stone-500 sm:inline">P</kbd>
          </button>
          <button type="button" className={hintButtonClass} onClick={() => onHint('meaning')} disabled={hints.meaning} aria-keyshortcuts="M">
            Meaning hint <kbd className="ml-1 hidden text-xs text-stone-500 sm:inline">M</kbd>
          </button>
          <button type="button" className={`${linkClass} ml-auto text-sm`} onClick={onAnotherSentence} disabled={busy}>
            Another sentence
          </button>
        </div>
      )}
      {!revealed && (hints.meaning || !sentence) && (
        <div className="mt-4 border-t border-stone-200 pt-3 dark:border-stone-800" data-testid="meaning-hint">
          <MeaningList meanings={card.word.meanings.slice(0, 1)} />
        </div>
      )}

      {revealed && (
        <div data-testid="card-answer" className="mt-5 border-t border-stone-200 pt-4 dark:border-stone-800">
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <p lang="zh-CN" className="hanzi text-5xl leading-tight" data-testid="card-hanzi">
              {card.word.hanzi}
            </p>
            <p className="text-2xl text-stone-700 dark:text-stone-200" data-testid="card-pinyin">
              {sentence?.reading || card.word.pinyin}
            </p>
          </div>
          <div className="mt-4" data-testid="card-meanings">
            <MeaningList meanings={card.word.meanings} />
          </div>
          <div className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            <button type="button" className={linkClass} onClick={onAnotherSentence} disabled={busy}>
              Another sentence
            </button>
            <Link href={`/words/${card.word.id}`} className={linkClass}>
              Word page · all {card.sentenceCount} sentence{card.sentenceCount === 1 ? '' : 's'}
            </Link>
          </div>
        </div>
      )}
    </article>
  );
}

/** The sentence with a box in place of the word: ideographic spaces, one per character, give it the word's width. */
function BlankedSentence({ sentence, showReading }: { sentence: NonNullable<ReviewCard['sentence']>; showReading: boolean }) {
  const { before, word, after } = splitAtBlank(sentence);
  const blank = '\u3000'.repeat([...word].length);
  return (
    <p lang="zh-CN" className="hanzi mt-4 text-2xl leading-loose sm:text-3xl" data-testid="sentence-blanked">
      {before}
      <ruby>
        <span
          role="img"
          aria-label={`blank, ${[...word].length} character${[...word].length === 1 ? '' : 's'}`}
          className="mx-0.5 inline-block rounded-md border-2 border-dashed border-sky-500 bg-sky-50 align-baseline dark:border-sky-400 dark:bg-sky-950"
          data-testid="sentence-blank"
        >
          {blank}
        </span>
        <rt className="font-sans text-sm text-sky-800 dark:text-sky-300" data-testid="blank-reading">
          {showReading ? sentence.reading : ''}
        </rt>
      </ruby>
      {after}
    </p>
  );
}
