import type { Meaning } from '@/lib/data/sentences';

/**
 * A word's meanings as the card and the word page show them: the main reading's senses numbered, its note
 * ("measure word: 个", "variant of 擘划") under them, a meaning composed from the word's parts marked as such,
 * and every other reading on a line of its own.
 */
export function MeaningList({ meanings, className = '' }: { meanings: Meaning[]; className?: string }) {
  const [primary, ...otherReadings] = meanings;
  return (
    <div className={className} data-testid="meanings">
      {!primary ? (
        <p className="text-stone-600 dark:text-stone-300">Not in the dictionary; its sentences show how it is used.</p>
      ) : primary.composed ? (
        <div>
          <p className="text-sm text-stone-500 dark:text-stone-400" data-testid="composed-meaning">
            Not in the dictionary: the meaning of its parts
          </p>
          <p className="mt-1 text-stone-800 dark:text-stone-100">{primary.definitions.join('; ')}</p>
        </div>
      ) : (
        <ol className="list-inside list-decimal space-y-1 text-stone-800 marker:text-stone-400 dark:text-stone-100">
          {primary.definitions.map((definition) => (
            <li key={definition}>{definition}</li>
          ))}
        </ol>
      )}
      {primary?.note && <p className="mt-1 text-sm italic text-stone-500 dark:text-stone-400">{primary.note}</p>}
      {otherReadings.length > 0 && (
        <div className="mt-3 space-y-1 text-sm text-stone-600 dark:text-stone-300">
          {otherReadings.map((meaning) => (
            <p key={meaning.pinyin}>
              <span className="font-medium">Also {meaning.pinyin}:</span> {meaning.definitions.join('; ')}
              {meaning.note && <span className="italic text-stone-500 dark:text-stone-400"> ({meaning.note})</span>}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
