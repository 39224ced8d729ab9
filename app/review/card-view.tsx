import Link from 'next/link';
import type { ReviewCard } from '@/lib/data/review';
import { HighlightedSentence } from '@/app/_components/highlighted-sentence';
import { MeaningList } from '@/app/_components/meaning-list';
import { WordLevels } from '@/app/_components/level-badge';

const STATE_LABEL: Record<ReviewCard['state'], string> = {
  NEW: 'New',
  LEARNING: 'Learning',
  REVIEW: 'Review',
  RELEARNING: 'Relearning',
};

const SENTENCES_SHOWN_FIRST = 3;

/**
 * The card: the word, and below it, once revealed, its answer. Nothing of the answer is rendered before the
 * reveal, so the front is compact and a new card can never show the previous answer.
 */
export function CardView({
  card,
  revealed,
  showAllSentences,
  onShowAllSentences,
}: {
  card: ReviewCard;
  revealed: boolean;
  showAllSentences: boolean;
  onShowAllSentences: () => void;
}) {
  return (
    <article aria-label={`Flashcard ${card.word.hanzi}`} className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900 sm:p-8">
      <div className="flex items-center justify-between text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">
        <span data-testid="card-state">{STATE_LABEL[card.state]}</span>
        <span>seen {card.word.frequency}× in your articles</span>
      </div>
      <p lang="zh-CN" className="hanzi mt-3 text-center text-6xl leading-tight sm:mt-4 sm:text-7xl" data-testid="card-hanzi">
        {card.word.hanzi}
      </p>
      {revealed && <CardAnswer card={card} showAllSentences={showAllSentences} onShowAllSentences={onShowAllSentences} />}
    </article>
  );
}

function CardAnswer({ card, showAllSentences, onShowAllSentences }: { card: ReviewCard; showAllSentences: boolean; onShowAllSentences: () => void }) {
  const sentences = showAllSentences ? card.sentences : card.sentences.slice(0, SENTENCES_SHOWN_FIRST);
  return (
    <div data-testid="card-answer">
      <p className="mt-3 text-center text-2xl text-stone-700 dark:text-stone-200" data-testid="card-pinyin">
        {card.word.pinyin}
      </p>
      <div className="mt-5 border-t border-stone-200 pt-4 dark:border-stone-800" data-testid="card-meanings">
        <MeaningList meanings={card.word.meanings} />
      </div>
      <WordLevels hskLevel={card.word.hskLevel} generalRank={card.word.generalRank} className="mt-3" />

      <section aria-label="Sentences" className="mt-5 border-t border-stone-200 pt-4 dark:border-stone-800">
        <h2 className="text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">
          In context · {card.sentenceCount} sentence{card.sentenceCount === 1 ? '' : 's'}
        </h2>
        <ul className="mt-2 space-y-3">
          {sentences.map((sentence) => (
            <li key={sentence.id} className="text-lg leading-relaxed">
              <HighlightedSentence sentence={sentence} />
              <p lang="zh-CN" className="mt-0.5 truncate text-xs text-stone-500 dark:text-stone-400">
                {sentence.articleTitle}
              </p>
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {!showAllSentences && card.sentences.length > SENTENCES_SHOWN_FIRST && (
            <button type="button" onClick={onShowAllSentences} className="font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
              Show {card.sentences.length - SENTENCES_SHOWN_FIRST} more
            </button>
          )}
          <Link href={`/words/${card.word.id}`} className="font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
            Word page{card.sentenceCount > card.sentences.length ? ` · all ${card.sentenceCount} sentences` : ''}
          </Link>
        </div>
      </section>
    </div>
  );
}
