import type { Meaning } from './describe-word';

export interface MeaningSummary {
  /** The senses of the reading the articles use, as one line. */
  definitions: string;
  /** Another reading whose senses match the search while the main reading's do not: why the word was found. */
  matchedReading?: { pinyin: string; definitions: string };
}

const HAN = /\p{Script=Han}/u;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The word search's English match (PostgreSQL's `\m`): the query at the start of a word, any case. */
function matchesAtWordStart(query: string): (definition: string) => boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])${escapeRegex(query)}`, 'iu');
  return (definition) => pattern.test(definition);
}

/**
 * One line of meaning for a word in a list: the senses of its main reading (the one used in the articles),
 * and, when a search for English found the word through another reading only, that reading too.
 */
export function summarizeMeanings(meanings: Meaning[], query = ''): MeaningSummary | null {
  const [main, ...others] = meanings;
  if (!main) return null;
  const summary: MeaningSummary = { definitions: main.definitions.join('; ') };
  const trimmed = query.trim();
  // A search in characters finds words by their hanzi, never by a meaning.
  if (!trimmed || HAN.test(trimmed)) return summary;
  const matches = matchesAtWordStart(trimmed);
  if (main.definitions.some(matches)) return summary;
  const reading = others.find((other) => other.definitions.some(matches));
  if (reading) summary.matchedReading = { pinyin: reading.pinyin, definitions: reading.definitions.join('; ') };
  return summary;
}
