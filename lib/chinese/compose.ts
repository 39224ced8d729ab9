import { pinyin } from 'pinyin-pro';
import type { Cedict } from './cedict';
import { readSentenceTokens } from './sentence-readings';
import { joinSyllables } from './pinyin';
import { dictionaryReadingOf, orderedMeanings, type Meaning } from './senses';

export interface SplitOptions {
  /**
   * How common a word is (a count from a frequency list such as jieba's), to choose between splits with
   * as many pieces: 最强音 → 最 强音 or 最强 音. Without it, the piece found in more dictionary headwords wins.
   */
  frequency?: (word: string) => number;
  /** Longest piece tried, in characters (default 8). */
  maxLength?: number;
}

interface Cover {
  pieces: string[];
  count: number;
  singles: number;
  score: number;
}

function better(a: Cover, b: Cover | undefined): boolean {
  if (!b) return true;
  if (a.count !== b.count) return a.count < b.count;
  if (a.singles !== b.singles) return a.singles < b.singles;
  return a.score > b.score;
}

/**
 * Splits a token the dictionary lacks into dictionary words, with as few pieces as possible (then as few
 * single characters, then the most common pieces): 外部环境 → 外部 环境, 如期完成 → 如期 完成,
 * 积极支持 → 积极 支持, 党和国家 → 党 和 国家. A character no entry has stays a piece of its own.
 * A token the dictionary has is returned whole.
 */
export function splitIntoWords(token: string, cedict: Cedict, options: SplitOptions = {}): string[] {
  const characters = [...token];
  if (characters.length <= 1 || cedict.lookup(token).length > 0) return [token];
  const maxLength = options.maxLength ?? 8;
  const weight = (word: string): number =>
    Math.log1p(options.frequency ? options.frequency(word) : cedict.countContaining(word, 'simplified'));
  const best: (Cover | undefined)[] = [{ pieces: [], count: 0, singles: 0, score: 0 }];
  for (let end = 1; end <= characters.length; end += 1) {
    for (let start = Math.max(0, end - maxLength); start < end; start += 1) {
      const before = best[start];
      if (!before) continue;
      const piece = characters.slice(start, end).join('');
      const single = end - start === 1;
      if (!single && cedict.lookup(piece).length === 0) continue;
      const candidate: Cover = {
        pieces: [...before.pieces, piece],
        count: before.count + 1,
        singles: before.singles + (single ? 1 : 0),
        score: before.score + (single ? 0 : weight(piece)),
      };
      if (better(candidate, best[end])) best[end] = candidate;
    }
  }
  return best[characters.length]!.pieces;
}

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
