import { loadCedict, releaseCedict, type Cedict } from '@/lib/chinese/cedict';
import { readSentenceTokens, type ReadingToken } from '@/lib/chinese/sentence-readings';
import { articleHeadings, type ArticleHeadings } from '@/lib/text/headings';
import { extractSentences } from '@/lib/text/extract';
import { isSegmented, segmentPassages, segmentText } from '@/lib/text/segmentation';
import type { BoundaryRules } from './boundaries';
import { cedictLexicon, type Lexicon } from './lexicon';
import { isChineseToken, sentenceUnits } from './units';

/**
 * From an article's text to what a learner studies in it: its heading lines apart, and for each sentence the
 * words and names it uses (the vocabulary pass: `sentenceUnits`), each with the reading it has in that
 * sentence. Pure: the import (lib/data) saves what this returns.
 */
export interface VocabularyTools {
  cedict: Cedict;
  lexicon: Lexicon;
  /** The word boundaries learners fixed (lib/data/boundaries loads them): every cut follows them. */
  boundaries?: BoundaryRules;
}

/** The lexicon over the dictionary `loadCedict` keeps (which it caches itself). */
let kept: { cedict: Cedict; lexicon: Lexicon } | undefined;

export function vocabularyTools(): VocabularyTools {
  const cedict = loadCedict();
  if (kept?.cedict !== cedict) kept = { cedict, lexicon: cedictLexicon(cedict) };
  return kept;
}

/**
 * Lets the lexicon go once an import has cut its text: its prefix index and the cuts and names it remembers
 * (tens of MB for a book) serve only cutting; describing the words needs the dictionary alone.
 */
export function releaseLexicon(): void {
  kept = undefined;
}

/**
 * Lets the dictionaries go (about 80 MB with their caches) once an import has found and described its
 * words; the next import loads them again.
 */
export function releaseVocabularyTools(): void {
  kept = undefined;
  releaseCedict();
}

/** Bumped whenever the pass would cut or read an article differently: articles saved by an older pass are derived again. */
export const VOCABULARY_VERSION = 1;

export interface PreparedArticle {
  headings: ArticleHeadings;
  /** The text after the heading lines, word-segmented with spaces (by jieba when it came without). */
  body: string;
  /** True when the text came without spaces between words and was segmented here. */
  segmentedHere: boolean;
  /** Passages a segmented text left without spaces (over MAX_WORD_LENGTH characters), cut into words here. */
  passagesSegmented: number;
}

/** Segments plain Chinese (a text that is segmented already keeps its own cut) and sets the heading lines apart. */
export function prepareArticle(text: string): PreparedArticle {
  const segmentedHere = !isSegmented(text);
  const { text: segmented, passages } = segmentedHere ? { text: segmentText(text), passages: 0 } : segmentPassages(text);
  const lines = segmented.split('\n');
  const headings = articleHeadings(lines);
  let skipped = 0;
  let bodyStart = 0;
  while (skipped < headings.lineCount && bodyStart < lines.length) {
    if (lines[bodyStart].trim()) skipped += 1;
    bodyStart += 1;
  }
  return { headings, body: lines.slice(bodyStart).join('\n'), segmentedHere, passagesSegmented: passages };
}

export interface StudiedOccurrence {
  hanzi: string;
  kind: 'word' | 'name';
  /** UTF-16 offsets in the sentence text. */
  start: number;
  length: number;
  /** The reading in this sentence, as a dictionary writes it: "wéi", "dōngxi", "Xí Jìnpíng". */
  reading: string;
  /** The phrase it is written in, when that phrase was split into words (积极支持 for 积极). */
  phrase?: { start: number; length: number };
  /** The words (or punctuation) right before and after it: some uses show the sense (十九 届, 等 closing a list). */
  previous?: string;
  next?: string;
}

export interface StudiedSentence {
  index: number;
  paragraph: number;
  text: string;
  occurrences: StudiedOccurrence[];
}

/** The body's sentences one at a time (a whole book never sits in memory as objects), each with its words and names. */
export function* studiedSentences(body: string, { cedict, lexicon, boundaries }: VocabularyTools = vocabularyTools()): Generator<StudiedSentence> {
  for (const sentence of extractSentences(body)) {
    const units = sentenceUnits(sentence.tokens, lexicon, boundaries);
    // The units take the place of the Chinese tokens they cover, so each is read with its true neighbours.
    const sequence: (ReadingToken & { unit?: number })[] = [];
    let next = 0;
    for (const token of sentence.tokens) {
      if (!isChineseToken(token.text)) {
        sequence.push({ text: token.text, isWord: false });
        continue;
      }
      // A unit joined across tokens starts in an earlier one and is already in.
      for (; next < units.length && units[next].start < token.start + token.text.length; next++) {
        sequence.push({ text: units[next].text, isWord: units[next].kind !== 'number', unit: next });
      }
    }
    const readings = readSentenceTokens(sequence, cedict);
    const occurrences: StudiedOccurrence[] = [];
    sequence.forEach((item, position) => {
      if (item.unit === undefined) return;
      const unit = units[item.unit];
      const reading = readings[position];
      if (unit.kind === 'number' || !reading) return;
      occurrences.push({
        hanzi: unit.text,
        kind: unit.kind,
        start: unit.start,
        length: unit.length,
        reading: reading.pinyin,
        ...(unit.phrase && { phrase: unit.phrase }),
        previous: sequence[position - 1]?.text,
        next: sequence[position + 1]?.text,
      });
    });
    yield { index: sentence.index, paragraph: sentence.paragraph, text: sentence.text, occurrences };
  }
}
