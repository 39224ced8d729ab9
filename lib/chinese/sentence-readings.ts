import { pinyin } from 'pinyin-pro';
import type { Cedict, CedictEntry } from './cedict';
import { splitIntoWords } from './split-words';
import { joinSyllables, numberedToMarked } from './pinyin';
import {
  EVERYDAY_READINGS,
  FULL_TONE_IN_COMPOUNDS,
  PLACE_ABBREVIATIONS,
  READING_RULES,
  type RuleContext,
} from './reading-rules';

/**
 * The reading of each word in its sentence (issue 7 §2): pinyin is chosen per occurrence, not per word.
 *
 * For each word token, in the sentence's own word boundaries (never re-cut):
 * 1. CC-CEDICT's readings of the token are the allowed set. Surname-only and cross-reference readings ("variant of",
 *    "used in", "see", "(coll.)") count only when nothing else is left; names (capitalised readings) only when the
 *    token has no common-word reading.
 * 2. One reading left: that one (关系 guānxi, 习近平 Xí Jìnpíng).
 * 3. Several: the override list in `reading-rules.ts` decides from the neighbouring tokens (为 wéi in 以…为…, 地 de
 *    after an adverbial, 还 huán before 钱, 东西 dōngxī before 方向); two generic rules read a one-character
 *    surname after 姓 (姓曾 Zēng) and a country after 中 (中 俄 Zhōng É).
 * 4. No rule: the word's everyday reading (`EVERYDAY_READINGS`), else pinyin-pro's reading of the token alone if it is
 *    one of CC-CEDICT's, else CC-CEDICT's first.
 * 5. A token CC-CEDICT does not have (free phrases, new terms, fragments: 中美关系, 伙伴关系, 抗疫) is read as the fewest
 *    CC-CEDICT words it splits into, each chosen as above with its neighbours as context, so it agrees with its parts;
 *    a part whose neutral tone CC-CEDICT writes as a full tone in compounds (`FULL_TONE_IN_COMPOUNDS`: 关系 → guānxì,
 *    as in its 国际关系, 中日关系) takes that tone. Characters CC-CEDICT lacks are read by pinyin-pro.
 *
 * Tones are citation tones (no tone sandhi: 一个 yī gè, 不是 bù shì), neutral tones as CC-CEDICT writes them.
 */

export interface ReadingToken {
  text: string;
  isWord: boolean;
}

export type ReadingSource = 'dictionary' | 'rule' | 'everyday' | 'pinyin-pro' | 'composed';

export interface TokenReading {
  /** Display pinyin, as a dictionary writes it: "guānxi", "Xí Jìnpíng", "Zhōng-Měi guānxì", "jījí zhīchí". */
  pinyin: string;
  /** CC-CEDICT style, space-separated, capitalised for names, tone 5 for the neutral tone: "guan1 xi5". */
  numbered: string;
  /** How it was chosen: the only dictionary reading, a context rule, the everyday default, pinyin-pro, or its parts. */
  source: ReadingSource;
}

// ---------------------------------------------------------------------------------------------------------------
// Dictionary readings, cached per dictionary.

interface Candidate {
  /** As CC-CEDICT writes it; the lowercase spelling when a common word and a name share it. */
  numbered: string;
  key: string;
  name: boolean;
  real: boolean;
}

interface WordInfo {
  entries: CedictEntry[];
  candidates: Candidate[];
  isVerb: boolean;
  isNoun: boolean;
  isIdiom: boolean;
  /** Its reading wherever it stands, once worked out; null when its neighbours may change it (see `readingOutOfContext`). */
  outOfContext?: TokenReading | null;
}

const MARGINAL = /^(surname |(old |unofficial |archaic |euphemistic |Japanese )?variant of |see |used in |also pr\.|Taiwan pr\.|\(bound form\) used in|erhua variant|\((literary|archaic|old|dialect|Tw|Cantonese|classical)\))/i;
const CAPITAL = /^[A-Z]/;

const caches = new WeakMap<Cedict, Map<string, WordInfo>>();

/** Reading key: lowercase, ü spelt one way. */
export function readingKey(numbered: string): string {
  return numbered.toLowerCase().replace(/u:|ü/g, 'v').trim().replace(/\s+/g, ' ');
}

function wordInfo(word: string, cedict: Cedict): WordInfo {
  let cache = caches.get(cedict);
  if (!cache) caches.set(cedict, (cache = new Map()));
  const cached = cache.get(word);
  if (cached) return cached;
  const entries = cedict.lookup(word);
  const groups = new Map<string, Candidate>();
  for (const entry of entries) {
    const key = readingKey(entry.pinyinNumbered);
    const name = CAPITAL.test(entry.pinyinNumbered);
    const real = entry.definitions.some((definition) => !MARGINAL.test(definition));
    const group = groups.get(key);
    if (!group) groups.set(key, { numbered: entry.pinyinNumbered, key, name, real });
    else {
      group.real ||= real;
      if (!name && group.name) {
        group.name = false;
        group.numbered = entry.pinyinNumbered;
      }
    }
  }
  const common = entries.filter((entry) => !CAPITAL.test(entry.pinyinNumbered));
  const info: WordInfo = {
    entries,
    candidates: [...groups.values()],
    isVerb: common.some((entry) => entry.definitions.some((definition) => /^(\([^)]*\) )?to /.test(definition))),
    isNoun: common.some((entry) => entry.definitions.some((definition) => definition.startsWith('CL:'))),
    isIdiom: entries.some((entry) => entry.definitions.some((definition) => definition.includes('(idiom)'))),
  };
  cache.set(word, info);
  return info;
}

/** The readings a word may take in a sentence, most plausible kinds first (see the module comment, step 1). */
function allowedCandidates(info: WordInfo): Candidate[] {
  const common = info.candidates.filter((candidate) => !candidate.name);
  const pool = common.length > 0 ? common : info.candidates;
  const real = pool.filter((candidate) => candidate.real);
  return real.length > 0 ? real : pool;
}

const pinyinProCache = new Map<string, string[]>();

/** pinyin-pro's numbered reading of a text on its own (citation tones, tone 5 for neutral), memoised. */
function pinyinProNumbered(text: string): string[] {
  let syllables = pinyinProCache.get(text);
  if (!syllables) {
    syllables = (pinyin(text, { toneSandhi: false, type: 'array', toneType: 'num', v: true }) as string[]).map((syllable) =>
      /[0-4]$/.test(syllable) ? syllable.replace(/0$/, '5') : `${syllable}5`,
    );
    if (pinyinProCache.size > 50_000) pinyinProCache.clear();
    pinyinProCache.set(text, syllables);
  }
  return syllables;
}

// ---------------------------------------------------------------------------------------------------------------
// Choosing a reading.

interface Choice {
  numbered: string;
  source: ReadingSource;
}

function ruleContext(before: readonly string[], after: readonly string[], cedict: Cedict): RuleContext {
  return {
    before,
    after,
    isVerb: (word) => wordInfo(word, cedict).isVerb,
    isNoun: (word) => wordInfo(word, cedict).isNoun,
  };
}

/** Finds `numbered` among the word's dictionary readings, keeping the rule's capitalisation for a name. */
function inDictionary(info: WordInfo, numbered: string): string | undefined {
  const key = readingKey(numbered);
  const found = info.candidates.find((candidate) => candidate.key === key);
  if (!found) return undefined;
  return CAPITAL.test(numbered) ? numbered : found.numbered;
}

const COUNTRY_SIDES = new Set(['中', '美', '俄', '日', '韩', '朝', '欧', '非', '阿', '英', '法', '德', '意', '印', '巴', '澳', '加', '越', '柬', '泰', '缅', '蒙', '伊', '埃', '葡', '菲']);
const PLACE_NAMED_AFTER: Record<string, string> = { 港: 'Gang3', 澳: 'Ao4', 台: 'Tai2', 疆: 'Jiang1', 藏: 'Zang4', 华: 'Hua2', 美: 'Mei3', 俄: 'E2', 欧: 'Ou1', 英: 'Ying1', 德: 'De2', 韩: 'Han2', 日: 'Ri4' };
const PLACE_NAMED_AFTER_VERBS = new Set(['涉', '援', '驻', '赴', '访', '进', '入', '抵', '对', '来', '离', '援助', '访问']);

function chooseDictionaryWord(
  word: string,
  info: WordInfo,
  before: readonly string[],
  after: readonly string[],
  cedict: Cedict,
  hint?: () => string,
): Choice {
  const previous = before[before.length - 1];
  // A one-character surname after 姓 (他姓曾 Zēng, 姓单 Shàn).
  if (word.length === 1 && (previous === '姓' || previous === '姓氏')) {
    const surname = info.entries.find((entry) => CAPITAL.test(entry.pinyinNumbered) && entry.definitions.some((definition) => /^surname /.test(definition)));
    if (surname) return { numbered: surname.pinyinNumbered, source: 'rule' };
  }
  // A country paired with 中: 中 俄 团结 (Zhōng É), 中 阿 合作.
  if (word.length === 1 && word !== '中' && previous === '中' && word in PLACE_ABBREVIATIONS) return { numbered: PLACE_ABBREVIATIONS[word], source: 'rule' };
  // A country or region named by one character: 美方 (the US side), 涉藏 (Tibet-related), 对华, 访美.
  if (word.length === 1 && COUNTRY_SIDES.has(word) && after[0] === '方') return { numbered: PLACE_ABBREVIATIONS[word], source: 'rule' };
  if (word.length === 1 && word in PLACE_NAMED_AFTER && PLACE_NAMED_AFTER_VERBS.has(previous ?? '')) return { numbered: PLACE_NAMED_AFTER[word], source: 'rule' };

  const rule = READING_RULES[word];
  const ruled = rule?.choose(ruleContext(before, after, cedict));
  const fromRule = ruled && inDictionary(info, ruled);
  if (fromRule) return { numbered: fromRule, source: 'rule' };

  const candidates = allowedCandidates(info);
  if (candidates.length === 1) return { numbered: candidates[0].numbered, source: 'dictionary' };

  const everyday = EVERYDAY_READINGS[word];
  const fromEveryday = everyday && inDictionary(info, everyday);
  if (fromEveryday) return { numbered: fromEveryday, source: 'everyday' };

  const keys = new Set(candidates.map((candidate) => candidate.key));
  for (const guess of [hint, () => pinyinProNumbered(word).join(' ')]) {
    const reading = guess?.();
    if (reading && keys.has(readingKey(reading))) return { numbered: candidates.find((candidate) => candidate.key === readingKey(reading))!.numbered, source: 'pinyin-pro' };
  }
  return { numbered: candidates[0].numbered, source: 'dictionary' };
}

function neutralToFull(part: string, numbered: string): string {
  const full = FULL_TONE_IN_COMPOUNDS[part];
  return full && readingKey(full).replace(/\d/g, '') === readingKey(numbered).replace(/\d/g, '') ? full : numbered;
}

function chooseToken(word: string, before: readonly string[], after: readonly string[], cedict: Cedict): Choice {
  const info = wordInfo(word, cedict);
  if (info.entries.length > 0) return chooseDictionaryWord(word, info, before, after, cedict);
  if ([...word].length === 1) return { numbered: pinyinProNumbered(word).join(' '), source: 'pinyin-pro' };

  // Not in the dictionary: read its parts, each with its neighbours (the other parts, then the sentence) as context.
  const parts = splitIntoWords(word, cedict);
  const readings: string[] = [];
  let offset = 0;
  parts.forEach((part, index) => {
    const partInfo = wordInfo(part, cedict);
    const length = [...part].length;
    const start = offset;
    offset += length;
    // pinyin-pro's reading of the whole token, for this part: its phrase list knows some context.
    const hint = () => pinyinProNumbered(word).slice(start, start + length).join(' ');
    if (partInfo.entries.length === 0) {
      readings.push(hint());
      return;
    }
    const partBefore = [...before, ...parts.slice(0, index)];
    const partAfter = [...parts.slice(index + 1), ...after];
    const choice = chooseDictionaryWord(part, partInfo, partBefore, partAfter, cedict, hint);
    readings.push(parts.length > 1 ? neutralToFull(part, choice.numbered) : choice.numbered);
  });
  return { numbered: readings.join(' '), source: 'composed' };
}

// ---------------------------------------------------------------------------------------------------------------
// Display: the dictionary's way of writing a word.

function isPlaceCompound(chars: string[], syllables: string[]): boolean {
  return chars.length >= 2 && chars.every((char, index) => char in PLACE_ABBREVIATIONS && /^\p{Lu}/u.test(syllables[index] ?? ''));
}

/** Function words written apart even inside a longer token (党和国家 dǎng hé guójiā, 党的领导 dǎng de lǐngdǎo). */
const WRITTEN_APART = new Set(['的', '和', '与', '及', '或', '地', '得', '了', '着', '过', '之', '在', '是', '对', '向', '以', '把', '被', '从', '于', '而']);

/** One-character suffixes written with the word before them at the end of a token (老朋友们, 阿富汗人, 现代化). */
const SUFFIXES = new Set(['们', '性', '化', '者', '家', '式', '型', '界', '率', '度', '感', '员', '人', '史', '观', '制', '论', '学', '区', '版', '级', '组', '群', '热', '权', '方', '国']);

/**
 * Writes a word's reading as Hanyu Pinyin orthography: one word's syllables together (guānxi, Zhōngguó), an apostrophe
 * before a, o, e (Xī'ān), names capitalised with surname and given name apart (Xí Jìnpíng, Wáng Yì), abbreviated
 * place names hyphenated (Zhōng-Měi, Jīng-Jīn-Jì), and a phrase of four or more characters as its words, spaced
 * (中美关系 Zhōng-Měi guānxì, 积极支持 jījí zhīchí, 中华人民共和国 Zhōnghuá Rénmín Gònghéguó); single characters
 * that CC-CEDICT does not join stay together (五中全会 wǔzhōng quánhuì) unless they are function words. Idioms stay
 * one word (突如其来 tūrúqílái).
 */
export function writePinyin(hanzi: string, numbered: string, cedict: Cedict): string {
  // A text writes the same words again and again: each word and reading is worked out once.
  let written = writtenPinyin.get(cedict);
  if (!written) writtenPinyin.set(cedict, (written = new Map()));
  const key = `${hanzi}\t${numbered}`;
  let result = written.get(key);
  if (result === undefined) {
    result = writePinyinOnce(hanzi, numbered, cedict);
    if (written.size >= WRITTEN_KEPT) written.clear();
    written.set(key, result);
  }
  return result;
}

const writtenPinyin = new WeakMap<Cedict, Map<string, string>>();
const WRITTEN_KEPT = 100_000;

function writePinyinOnce(hanzi: string, numbered: string, cedict: Cedict): string {
  const syllables = numberedToMarked(numbered);
  const chars = [...hanzi];
  if (syllables.length !== chars.length) return joinSyllables(syllables);
  const info = wordInfo(hanzi, cedict);
  const phrase = chars.length >= 4 && !info.isIdiom;
  const parts = phrase || (info.entries.length === 0 && chars.length > 1) ? splitIntoWords(hanzi, cedict, { wholeAllowed: info.entries.length === 0 }) : [hanzi];

  const groups: { chars: string[]; syllables: string[]; single: boolean }[] = [];
  let offset = 0;
  for (const part of parts) {
    const partChars = [...part];
    const partSyllables = syllables.slice(offset, offset + partChars.length);
    offset += partChars.length;
    const last = groups[groups.length - 1];
    const single = partChars.length === 1 && !WRITTEN_APART.has(part);
    if ((single && last?.single) || (last && !last.single && SUFFIXES.has(part) && offset === syllables.length)) {
      last.chars.push(...partChars);
      last.syllables.push(...partSyllables);
    } else groups.push({ chars: partChars, syllables: partSyllables, single });
  }
  if (groups.length > 1 && groups.every((group) => group.single || group.chars.length === 1)) {
    groups.splice(0, groups.length, { chars, syllables, single: false });
  }
  const written = groups.map((group) => ({
    text: isPlaceCompound(group.chars, group.syllables) ? group.syllables.join('-') : joinSyllables(group.syllables),
    place: isPlaceCompound(group.chars, group.syllables),
    name: /^\p{Lu}/u.test(group.syllables[0] ?? ''),
  }));
  // A short token is one word, unless a name sits in it (伊朗核 Yīlǎng hé, 中俄新 Zhōng-É xīn).
  const nameInside = written.some((group) => group.place) || written.some((group, index) => index > 0 && group.name !== written[index - 1].name);
  if (!phrase && !nameInside) return joinSyllables(syllables);
  return written.map((group) => group.text).join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// The public API.

/** How many neighbours on each side a reading may depend on: more than any clause rule needs (以…为 spans a clause). */
const CONTEXT_TOKENS = 24;

/**
 * The reading of every token of one sentence, in order: null for tokens that are not words (punctuation, numbers,
 * Latin). `tokens` are the sentence's own word boundaries; they are never re-cut.
 */
export function readSentenceTokens(tokens: readonly ReadingToken[], cedict: Cedict): (TokenReading | null)[] {
  const texts = tokens.map((token) => token.text);
  return tokens.map((token, index) => {
    if (!token.isWord) return null;
    const same = readingOutOfContext(token.text, cedict);
    if (same) return same;
    // The rules look at the clause around a word; a window of its neighbours keeps long sentences linear.
    const before = texts.slice(Math.max(0, index - CONTEXT_TOKENS), index);
    const choice = chooseToken(token.text, before, texts.slice(index + 1, index + 1 + CONTEXT_TOKENS), cedict);
    return { pinyin: writePinyin(token.text, choice.numbered, cedict), numbered: choice.numbered, source: choice.source };
  });
}

/**
 * The reading of a dictionary word that no neighbour can change, worked out once per word: one of two or more
 * characters (the rules for one character look at its neighbours) that no reading rule names is read by the
 * steps without context (its only reading, its everyday reading, pinyin-pro's). Most of a text's tokens are.
 */
function readingOutOfContext(word: string, cedict: Cedict): TokenReading | null {
  const info = wordInfo(word, cedict);
  if (info.outOfContext === undefined) {
    const contextFree = info.entries.length > 0 && word.length > 1 && !READING_RULES[word];
    const choice = contextFree ? chooseDictionaryWord(word, info, [], [], cedict) : null;
    info.outOfContext = choice && Object.freeze({ pinyin: writePinyin(word, choice.numbered, cedict), numbered: choice.numbered, source: choice.source });
  }
  return info.outOfContext;
}

/** The display pinyin of every word token of one sentence (null for non-words): ["wǒ", "mǎi", "dōngxi", null]. */
export function readSentence(tokens: readonly ReadingToken[], cedict: Cedict): (string | null)[] {
  return readSentenceTokens(tokens, cedict).map((reading) => reading?.pinyin ?? null);
}

/** A word's reading with no sentence around it (its everyday reading), for a word typed in or listed on its own. */
export function readWord(hanzi: string, cedict: Cedict): TokenReading {
  return readSentenceTokens([{ text: hanzi, isWord: true }], cedict)[0]!;
}

/**
 * The readings a word has across its occurrences, most used first (ties: first met first), for the card and the
 * word page: [{ pinyin: "wèi", count: 19 }, { pinyin: "wéi", count: 11 }].
 */
export function readingsInUse(readings: readonly string[]): { pinyin: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const reading of readings) counts.set(reading, (counts.get(reading) ?? 0) + 1);
  return [...counts].map(([pinyin, count]) => ({ pinyin, count })).sort((a, b) => b.count - a.count);
}
