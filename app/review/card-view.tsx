import Link from 'next/link';
import { useState } from 'react';
import type { ReviewCard } from '@/lib/data/review';
import { HighlightedSentence } from '@/app/_components/highlighted-sentence';
import { MeaningList } from '@/app/_components/meaning-list';
import { WordLevels } from '@/app/_components/level-badge';
import { PinyinText } from '@/app/_components/pinyin-text';
import { SpeakButton } from '@/app/_components/speak-button';
import { StrokeOrder } from '@/app/_components/stroke-order';
import { REVIEW_KEYS } from './keys';
import { sentenceHref } from '@/lib/articles/parts';

/** The learner's display options (Settings → Display). */
export interface ReviewDisplay {
  rubyPinyin: boolean;
  toneColours: boolean;
  speakOnReveal: boolean;
}

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
  display,
  showAllSentences,
  onShowAllSentences,
}: {
  card: ReviewCard;
  revealed: boolean;
  display: ReviewDisplay;
  showAllSentences: boolean;
  onShowAllSentences: () => void;
}) {
  return (
    <article aria-label={`Flashcard ${card.word.hanzi}`} className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900 sm:p-8">
      <div className="flex items-center justify-between text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400">
        <span data-testid="card-state">{STATE_LABEL[card.state]}</span>
        <span>seen {card.word.frequency}× in your articles</span>
      </div>
      <div className="mt-3 flex items-center justify-center gap-3 sm:mt-4">
        {/* As wide as the speaker, so the word stays centred. */}
        <span aria-hidden className="w-9 shrink-0" />
        <p lang="zh-CN" className="hanzi text-center text-6xl leading-tight sm:text-7xl" data-testid="card-hanzi">
          {card.word.hanzi}
        </p>
        <SpeakButton text={card.word.hanzi} label="Say the word aloud" keys={REVIEW_KEYS.speakWord.keys.join(' ')} className="w-9" />
      </div>
      {revealed && <CardAnswer card={card} display={display} showAllSentences={showAllSentences} onShowAllSentences={onShowAllSentences} />}
    </article>
  );
}

function CardAnswer({
  card,
  display,
  showAllSentences,
  onShowAllSentences,
}: {
  card: ReviewCard;
  display: ReviewDisplay;
  showAllSentences: boolean;
  onShowAllSentences: () => void;
}) {
  const sentences = showAllSentences ? card.sentences : card.sentences.slice(0, SENTENCES_SHOWN_FIRST);
  const [strokesOpen, setStrokesOpen] = useState(false);
  return (
    <div data-testid="card-answer">
      <p className="mt-3 text-center text-2xl text-stone-700 dark:text-stone-200" data-testid="card-pinyin">
        <PinyinText pinyin={card.word.pinyin} hanzi={card.word.hanzi} toneColours={display.toneColours} />
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
            <li key={sentence.id} className="flex items-start gap-2 text-lg leading-relaxed">
              <div className="min-w-0 flex-1">
                <HighlightedSentence sentence={sentence} toneColours={display.toneColours} />
                <Link lang="zh-CN" href={sentenceHref(sentence.articleId, sentence.id)} className="mt-0.5 block truncate text-xs text-stone-500 hover:underline dark:text-stone-400">
                  {sentence.articleTitle}
                </Link>
              </div>
              <SpeakButton text={sentence.text} label="Say this sentence aloud" className="mt-1" />
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {!showAllSentences && card.sentences.length > SENTENCES_SHOWN_FIRST && (
            <button type="button" onClick={onShowAllSentences} className="font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
              Show {card.sentences.length - SENTENCES_SHOWN_FIRST} more
            </button>
          )}
          <button
            type="button"
            onClick={() => setStrokesOpen(!strokesOpen)}
            aria-expanded={strokesOpen}
            aria-controls="card-strokes"
            className="font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400"
          >
            {strokesOpen ? 'Hide strokes' : 'Strokes'}
          </button>
          <Link href={`/words/${card.word.id}`} className="font-medium text-sky-700 underline-offset-4 hover:underline dark:text-sky-400">
            Word page{card.sentenceCount > card.sentences.length ? ` · all ${card.sentenceCount} sentences` : ''}
          </Link>
        </div>
        {strokesOpen && (
          <div id="card-strokes" className="mt-3">
            <StrokeOrder hanzi={card.word.hanzi} size={96} />
          </div>
        )}
      </section>
    </div>
  );
}
