/**
 * An article's counts for the article list, from how many times it uses each word and how the learner stands
 * with each word. Pure: lib/data/article-list.ts reads both.
 */

/** How a word counts in the list: names not yet studied count as new. */
export type CountedMark = 'new' | 'learning' | 'known' | 'ignored';

export interface ArticleWordUses {
  wordIds: ArrayLike<number>;
  tokens: ArrayLike<number>;
}

export interface ArticleWordCounts {
  /** Word tokens: every occurrence of a word or name. */
  tokens: number;
  distinctWords: number;
  newWords: number;
  learningWords: number;
  knownWords: number;
  ignoredWords: number;
  /** Tokens of known words. */
  knownTokens: number;
  /** Tokens of ignored words: left out of coverage. */
  ignoredTokens: number;
  /** The HSK level most of its distinct leveled words have (the lower on a tie); null when none has one. */
  mostlyHsk: number | null;
}

export function countArticleWords(
  uses: ArticleWordUses,
  markOf: (wordId: number) => CountedMark,
  hskLevelOf: (wordId: number) => number | undefined,
): ArticleWordCounts {
  const counts: ArticleWordCounts = {
    tokens: 0,
    distinctWords: uses.wordIds.length,
    newWords: 0,
    learningWords: 0,
    knownWords: 0,
    ignoredWords: 0,
    knownTokens: 0,
    ignoredTokens: 0,
    mostlyHsk: null,
  };
  // Words per HSK level, by level: a few small numbers, no map per article.
  const wordsByLevel: number[] = [];
  for (let index = 0; index < uses.wordIds.length; index++) {
    const wordId = uses.wordIds[index];
    const tokens = uses.tokens[index];
    counts.tokens += tokens;
    switch (markOf(wordId)) {
      case 'known':
        counts.knownWords += 1;
        counts.knownTokens += tokens;
        break;
      case 'learning':
        counts.learningWords += 1;
        break;
      case 'ignored':
        counts.ignoredWords += 1;
        counts.ignoredTokens += tokens;
        break;
      default:
        counts.newWords += 1;
    }
    const level = hskLevelOf(wordId);
    if (level !== undefined) wordsByLevel[level] = (wordsByLevel[level] ?? 0) + 1;
  }
  let most = 0;
  // Ascending levels: a later level wins only with more words, so a tie keeps the lower one.
  wordsByLevel.forEach((words, level) => {
    if (words > most) {
      most = words;
      counts.mostlyHsk = level;
    }
  });
  return counts;
}

/** Share of the article the learner knows, by tokens and by distinct words, ignored words left out; null for an article without words. */
export function coverage(article: ArticleWordCounts): { tokens: number | null; words: number | null } {
  const tokens = article.tokens - article.ignoredTokens;
  const words = article.distinctWords - article.ignoredWords;
  return {
    tokens: tokens > 0 ? article.knownTokens / tokens : null,
    words: words > 0 ? article.knownWords / words : null,
  };
}
