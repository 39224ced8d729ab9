import { pinyin } from 'pinyin-pro';
import type { Cedict } from './cedict';
import { readSentenceTokens } from './sentence-readings';
export { splitIntoWords } from './split-words';
import { joinSyllables } from './pinyin';
import { dictionaryReadingOf, orderedMeanings, type Meaning } from './senses';

/**
 * The reading of a word: pinyin-pro's (`computed`, one syllable a character), corrected by CC-CEDICT
 * (`dictionaryReadingOf`: a single dictionary reading wins; among several, the best match); else pinyin-pro's.
 */
export function dictionaryReading(hanzi: string, cedict: Cedict, computed: string[]): { syllables: string[]; display: string } {
  return dictionaryReadingOf(hanzi, computed.join(''), cedict) ?? { syllables: computed, display: joinSyllables(computed) };
}

export interface ComposedPart {
  hanzi: string;
  pinyin: string;
  /** The part's first everyday sense, shortened: "active", "to support". Empty when the dictionary lacks it. */
  gloss: string;
}

export interface ComposedMeaning extends Meaning {
  composed: true;
  parts: ComposedPart[];
}

/**
 * A short gloss from a definition: tags and parentheses dropped, the first of its ";" synonyms:
 * "(bound form) root; stem" → "root", "of; ~'s (possessive particle)" → "of",
 * "(possessive particle, literary equivalent of 的 de)" → "possessive particle".
 */
export function shortGloss(definition: string): string {
  const withoutParentheses = definition
    .replace(/\([^()]*\)/g, ' ')
    .replace(/^\s*(?:lit\.|fig\.)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  let gloss = withoutParentheses.split(/\s*;\s*/)[0].trim();
  if (!gloss) {
    const inside = /\(([^()]*)\)/.exec(definition)?.[1] ?? definition;
    gloss = inside.split(/\s*[,;]\s*/)[0].trim();
  }
  // "measure word for gifts, newspaper, magazine, papers, reports, contracts etc" → "measure word for gifts"
  if (gloss.length > 30 && gloss.includes(',')) gloss = gloss.split(/\s*,\s*/)[0];
  return gloss;
}

/**
 * The parts' readings as one word, the way a card shows any word (jījízhīchí), with a name part set apart
 * by spaces (Zhōng Měi guānxi, xiàng Shìwèi).
 */
function joinParts(readings: string[]): string {
  let result = '';
  readings.forEach((reading, index) => {
    const previous = readings[index - 1];
    if (index > 0 && (/^\p{Lu}/u.test(reading) || /\p{Lu}/u.test(previous))) result += ' ';
    else if (index > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(reading) && /\p{L}$/u.test(result)) result += "'";
    result += reading;
  });
  return result;
}

/**
 * A meaning for a phrase the dictionary lacks, composed from the dictionary words it splits into:
 * ["积极", "支持"] → { pinyin: "jījízhīchí", definitions: ["积极 active · 支持 to support"], composed: true, parts }.
 * Each part is read in the phrase (pinyin-pro over the whole phrase, corrected by CC-CEDICT) and glossed
 * with the first sense of that reading.
 */
export function composeMeaning(parts: string[], cedict: Cedict): ComposedMeaning {
  // Each part read in the phrase, by the same rules as words in sentences (中 拉 Zhōng Lā, 涉 藏 shè Zàng).
  const readings = readSentenceTokens(parts.map((text) => ({ text, isWord: true })), cedict);
  const composed = parts.map((hanzi, index): ComposedPart => {
    const reading = readings[index]?.pinyin ?? dictionaryReading(hanzi, cedict, pinyin(hanzi, { toneSandhi: false, type: 'array' }) as string[]).display;
    const meanings = orderedMeanings(hanzi, [reading], cedict);
    const sense = meanings[0]?.definitions[0];
    return { hanzi, pinyin: reading, gloss: sense ? shortGloss(sense) : '' };
  });
  return {
    pinyin: joinParts(composed.map((part) => part.pinyin)),
    definitions: [composed.map((part) => (part.gloss ? `${part.hanzi} ${part.gloss}` : part.hanzi)).join(' · ')],
    composed: true,
    parts: composed,
  };
}
