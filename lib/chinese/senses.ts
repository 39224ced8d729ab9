import type { Cedict, CedictEntry } from './cedict';
import { joinSyllables, numberedToMarked, plainPinyin } from './pinyin';
import { preferredSenses } from './preferred-senses';

/**
 * The meanings of one reading of a word, ordered for a learner. Structurally a superset of the `Meaning`
 * stored with words (pinyin + definitions); the optional fields say where the definitions come from.
 */
export interface Meaning {
  /** Display pinyin with tone marks: "zhòngdà", "Wáng Yì". */
  pinyin: string;
  /** Senses, the learner's everyday one first. Never empty. */
  definitions: string[];
  /**
   * What a learner should know beside the senses: the word the definitions were taken from
   * ("variant of 擘划", "short for 自由贸易区", "used in 胡同") and the measure words the noun takes
   * ("measure word: 个"), joined by "; ".
   */
  note?: string;
  /** The dictionary lacks the word: its definition is composed from the meanings of its parts. */
  composed?: true;
}

/**
 * How a dictionary sense ranks for a learner, in order: `everyday`; `specialised` (a domain such as
 * botany, chemistry or mathematics, slang, a long usage explanation, an abbreviation); `flagged`
 * (literary, archaic, old, classical, dialect, Taiwan-only, "original meaning", surname and name senses);
 * `reference` (a pointer to another word: "variant of", "see", "used in", "also written", "Taiwan pr.").
 */
export type SenseRank = 0 | 1 | 2 | 3;
export const EVERYDAY: SenseRank = 0;
export const SPECIALISED: SenseRank = 1;
export const FLAGGED: SenseRank = 2;
export const REFERENCE: SenseRank = 3;

/** A tag is a whole item inside parentheses: "(literary)", "(old)", "(Buddhism, archaic)", "(literary) (…)". */
function tagPattern(tags: string): RegExp {
  return new RegExp(`\\((?:[^()]*?[,;]\\s*)?(?:${tags})\\s*[),;]`, 'i');
}

const FLAG_TAGS = tagPattern(
  [
    'literary', 'archaic', 'old', 'old-fashioned', 'classical', 'dialect', 'obsolete', 'Tw', 'Cantonese', 'Hong Kong',
    'original meaning', 'ancient', 'historical', 'in ancient China', 'in classical Chinese', 'old usage',
  ].join('|'),
);
const DOMAIN_TAGS = tagPattern(
  [
    'botany', 'zoology', 'chemistry', 'biology', 'biochemistry', 'anatomy', 'medicine', 'medical', 'TCM', 'physics',
    'math\\.?', 'mathematics', 'geometry', 'statistics', 'geology', 'astronomy', 'mineralogy', 'computing', 'linguistics',
    'grammar', 'music', 'Buddhism', 'Taoism', 'mythology', 'slang', 'Internet slang', 'vulgar', 'euphemism', 'derog\\.',
    'chess', 'Go game', 'mahjong', 'electricity', 'genetics', 'pharmacology', 'printing', 'agriculture', 'fishing',
  ].join('|'),
);
const NAME_SENSE =
  /^surname\b|^(?:a )?(?:given|personal|place|family) name\b|^(?:prefix|suffix)\b[^;]*\bnames?\b|^used in (?:place |personal |given )?names\b|^(?:abbr\. for |short name for )?(?:[\w\s,.-]+ )?(?:county|district|prefecture|province|township) in\b/i;
const ANNOTATION = /^(?:also written|also pr\.|Taiwan pr\.|abbr\. to|see also|also called|also translated)(?=[\s[:,]|$)/i;
/** Pronunciation and spelling notes: nothing to learn as a meaning once a reading has senses of its own. */
const SPELLING_NOTE = /^(?:also written|also pr\.|Taiwan pr\.)(?=[\s[:,]|$)/i;
/** A usage explanation this long ("a semantically light, transitive verb that …") is no gloss to learn first. */
const LONG_EXPLANATION = 120;

export type CrossReferenceKind = 'variant' | 'old variant' | 'erhua variant' | 'abbreviation' | 'see' | 'used in' | 'same as';

export interface CrossReference {
  kind: CrossReferenceKind;
  /** The word referred to, simplified: 擘划, 自由贸易区. */
  hanzi: string;
  /** Its reading as CC-CEDICT writes it ("bo4 hua4"), when the reference gives one. */
  pinyinNumbered?: string;
}

const HAN = /\p{Script=Han}/u;
const CROSS_REFERENCE =
  /^(?:\([^()]*\)\s*)*(?:(old|erhua|unofficial|Japanese|archaic|ancient|obsolete) )?(variant of|abbr\. for|see|used in|same as)\s+([^\s[\]|,;/()]+)(?:\|([^\s[\]|,;/()]+))?(?:\[([^\]]+)\])?/i;

/** A definition that only points at another word: "variant of 擘劃|擘划[bo4 hua4]", "abbr. for X", "see X", "used in X". */
export function parseCrossReference(definition: string): CrossReference | null {
  const match = CROSS_REFERENCE.exec(definition.trim());
  if (!match) return null;
  const [, qualifier, relation, first, second, pinyinNumbered] = match;
  const hanzi = second ?? first;
  if (!HAN.test(hanzi)) return null;
  const lower = relation.toLowerCase();
  const kind: CrossReferenceKind =
    lower === 'variant of'
      ? qualifier?.toLowerCase() === 'old'
        ? 'old variant'
        : qualifier?.toLowerCase() === 'erhua'
          ? 'erhua variant'
          : 'variant'
      : lower === 'abbr. for'
        ? 'abbreviation'
        : lower === 'used in'
          ? 'used in'
          : lower === 'same as'
            ? 'same as'
            : 'see';
  return { kind, hanzi, ...(pinyinNumbered ? { pinyinNumbered } : {}) };
}

/** How a learner should rank one CC-CEDICT sense (see `SenseRank`). */
export function senseRank(definition: string): SenseRank {
  const text = definition.trim();
  if (ANNOTATION.test(text)) return REFERENCE;
  const reference = parseCrossReference(text);
  if (reference) return reference.kind === 'abbreviation' ? SPECIALISED : REFERENCE;
  if (FLAG_TAGS.test(text) || NAME_SENSE.test(text)) return FLAGGED;
  if (DOMAIN_TAGS.test(text) || text.length > LONG_EXPLANATION) return SPECIALISED;
  return EVERYDAY;
}

/** A sense a learner should not meet first: literary, archaic, old, dialect, surname, or a bare cross-reference. */
export function isFlaggedSense(definition: string): boolean {
  return senseRank(definition) >= FLAGGED || /^variant of\b|^abbr\. for\b/i.test(definition.trim());
}

function markedReading(numbered: string): string {
  return joinSyllables(numberedToMarked(numbered));
}

/**
 * CC-CEDICT's references written for a reader: "美國|美国[Mei3 guo2]" → "美国 Měiguó", "要是[yao4 shi5]" →
 * "要是 yàoshi", "also written 裏|里" → "also written 里", "Taiwan pr. [fa3]" → "Taiwan pr. fǎ", "CL:架[jia4]" →
 * "measure word: 架 jià", "classifier for" → "measure word for".
 */
export function readableDefinition(definition: string): string {
  return definition
    .replace(/[\p{Script=Han}〇·，]+\|([\p{Script=Han}〇·，]+)/gu, '$1')
    .replace(/\s?\[([A-Za-z:]+[1-5]?(?: [A-Za-z:]+[1-5]?)*)\]/g, (_whole, numbered: string) => ` ${markedReading(numbered)}`)
    .replace(/\bCL:\s*/g, 'measure word: ')
    .replace(/^classifier\b:?/i, (found) => (found.endsWith(':') ? 'measure word:' : 'measure word'))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** "CL:個|个[ge4],件[jian4]" → ["个", "件"]; null when the definition is not a measure-word list. */
export function measureWordsOf(definition: string): string[] | null {
  const match = /^CL:\s*(.+)$/.exec(definition.trim());
  if (!match) return null;
  return match[1]
    .split(/[,，]/)
    .map((item) => {
      const hanzi = item.split('[')[0].trim();
      return hanzi.includes('|') ? hanzi.split('|')[1] : hanzi;
    })
    .filter((hanzi) => HAN.test(hanzi));
}

function sameSyllable(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // A neutral tone on either side (no mark) matches any tone of the same syllable.
  return x === y || ((plainPinyin(x) === x || plainPinyin(y) === y) && plainPinyin(x) === plainPinyin(y));
}

/**
 * Whether a reading given as display pinyin ("guānxi", "guān xi", "Wáng Yì") is the dictionary reading with
 * these syllables; a neutral tone on either side matches any tone (pinyin-pro reads 关系 guānxì).
 */
export function matchesReading(syllables: string[], reading: string): boolean {
  const flat = reading.normalize('NFC').replace(/[\s'’-]/g, '');
  if (flat.length !== syllables.join('').length) return false;
  let offset = 0;
  return syllables.every((syllable) => {
    const piece = flat.slice(offset, offset + syllable.length);
    offset += syllable.length;
    return sameSyllable(syllable, piece);
  });
}

interface Sense {
  raw: string;
  rank: SenseRank;
  entry: number;
  index: number;
}

interface ReadingGroup {
  key: string;
  syllables: string[];
  display: string;
  entries: { entry: CedictEntry; order: number; isName: boolean; count: number }[];
  firstOrder: number;
  allNames: boolean;
}

function isNameEntry(entry: CedictEntry): boolean {
  return /^[A-Z]/.test(entry.pinyinNumbered.trim());
}

function groupByReading(hanzi: string, cedict: Cedict): ReadingGroup[] {
  const groups = new Map<string, ReadingGroup>();
  cedict.lookup(hanzi).forEach((entry, order) => {
    const syllables = numberedToMarked(entry.pinyinNumbered);
    const key = syllables.join(' ').toLowerCase();
    const isName = isNameEntry(entry);
    const group = groups.get(key);
    const item = { entry, order, isName, count: 0 };
    if (!group) {
      groups.set(key, { key, syllables, display: joinSyllables(syllables), entries: [item], firstOrder: order, allNames: isName });
      return;
    }
    group.entries.push(item);
    // A common word and a name with the same reading: show the common word's spelling (lower case).
    if (group.allNames && !isName) {
      group.syllables = syllables;
      group.display = joinSyllables(syllables);
    }
    group.allNames &&= isName;
  });
  for (const group of groups.values()) {
    if (group.entries.length < 2) continue;
    // The common words first, the most productive written form first (後 before 后, 機制 before 機製), then file order.
    for (const item of group.entries) if (!item.isName) item.count = cedict.countContaining(item.entry.traditional, 'traditional');
    group.entries.sort((a, b) => Number(a.isName) - Number(b.isName) || b.count - a.count || a.order - b.order);
  }
  return [...groups.values()];
}

const NOTE_WORDS: Record<CrossReferenceKind, string> = {
  variant: 'variant of',
  'old variant': 'old variant of',
  'erhua variant': 'erhua variant of',
  abbreviation: 'short for',
  see: 'see',
  'used in': 'used in',
  'same as': 'same as',
};

const MAX_RESOLVED = 4;

/** The senses another word gives, for a cross-reference: the reading it names, else its first. */
function resolve(reference: CrossReference, cedict: Cedict, depth: number): string[] {
  if (depth > 2) return [];
  const reading = reference.pinyinNumbered ? markedReading(reference.pinyinNumbered) : undefined;
  const meanings = senseGroups(reference.hanzi, reading ? [reading] : [], cedict, depth + 1);
  const flat = (text: string) => text.replace(/[\s'’]/g, '').toLowerCase();
  const meaning = (reading && meanings.find((candidate) => flat(candidate.pinyin) === flat(reading))) || meanings[0];
  if (!meaning || meaning.composed) return [];
  const everyday = meaning.definitions.filter((definition) => !isFlaggedSense(definition));
  return (everyday.length ? everyday : meaning.definitions).slice(0, MAX_RESOLVED);
}

function applyPreferences(hanzi: string, reading: string, definitions: string[]): string[] {
  const preference = preferredSenses(hanzi, reading);
  if (!preference) return definitions;
  const first: string[] = [];
  for (const prefix of preference) {
    const found = definitions.find((definition) => definition.startsWith(prefix) && !first.includes(definition));
    if (found) first.push(found);
  }
  return [...first, ...definitions.filter((definition) => !first.includes(definition))];
}

function meaningOfGroup(hanzi: string, group: ReadingGroup, cedict: Cedict, depth: number): Meaning | null {
  const senses: Sense[] = [];
  const measureWords: string[] = [];
  const references: { reference: CrossReference; sense: Sense }[] = [];
  group.entries.forEach(({ entry, isName }, entryIndex) => {
    entry.definitions.forEach((raw, index) => {
      const measure = measureWordsOf(raw);
      if (measure) {
        for (const word of measure) if (!measureWords.includes(word)) measureWords.push(word);
        return;
      }
      const reference = parseCrossReference(raw);
      // "variant of 年[nian2]" under 年: a rare spelling of this same word, nothing to learn.
      if (reference && (reference.hanzi === hanzi || reference.hanzi === entry.traditional)) return;
      let rank = senseRank(raw);
      // The senses of a rarer spelling (秊 for 年: "grain") come after the everyday senses of the common one.
      if (rank === EVERYDAY && entryIndex > 0 && group.entries[0].count > 0 && !isName && group.entries[entryIndex].count * 4 < group.entries[0].count) {
        rank = SPECIALISED;
      }
      const sense = { raw, rank, entry: entryIndex, index };
      if (reference && reference.kind !== 'abbreviation') references.push({ reference, sense });
      senses.push(sense);
    });
  });
  senses.sort((a, b) => a.rank - b.rank || a.entry - b.entry || a.index - b.index);

  const notes: string[] = [];
  const hasOwnSense = senses.some((sense) => sense.rank <= SPECIALISED && !parseCrossReference(sense.raw));
  let definitions: string[];
  if (hasOwnSense) {
    // A reading with senses of its own: bare pointers to other words add nothing to learn.
    const pointers = new Set(references.map(({ sense }) => sense));
    definitions = senses
      .filter((sense) => !pointers.has(sense) && !SPELLING_NOTE.test(sense.raw.trim()))
      .map((sense) => {
        const reference = parseCrossReference(sense.raw);
        if (reference?.kind !== 'abbreviation') return readableDefinition(sense.raw);
        const gloss = resolve(reference, cedict, depth)[0];
        return `short for ${reference.hanzi}${gloss ? ` (${gloss})` : ''}`;
      });
  } else {
    // Only pointers (and perhaps a surname): show what the word pointed at means, and say where it came from.
    const resolved: string[] = [];
    const unresolved: string[] = [];
    const pointers = [...references.map(({ reference, sense }) => ({ reference, sense }))];
    for (const sense of senses) {
      const reference = parseCrossReference(sense.raw);
      if (reference?.kind === 'abbreviation') pointers.push({ reference, sense });
    }
    pointers.sort((a, b) => a.sense.rank - b.sense.rank || a.sense.entry - b.sense.entry || a.sense.index - b.sense.index);
    for (const { reference, sense } of pointers) {
      const target = resolve(reference, cedict, depth);
      if (target.length === 0) {
        unresolved.push(readableDefinition(sense.raw));
        continue;
      }
      for (const definition of target) if (!resolved.includes(definition)) resolved.push(definition);
      const note = `${NOTE_WORDS[reference.kind]} ${reference.hanzi}`;
      if (!notes.includes(note)) notes.push(note);
    }
    const rest = senses.filter((sense) => !pointers.some((pointer) => pointer.sense === sense)).map((sense) => readableDefinition(sense.raw));
    definitions = [...resolved, ...rest, ...unresolved];
  }
  definitions = [...new Set(definitions.filter(Boolean))];
  if (definitions.length === 0) return null;
  if (measureWords.length) notes.push(`measure word${measureWords.length > 1 ? 's' : ''}: ${measureWords.join(', ')}`);
  return {
    pinyin: group.display,
    definitions: applyPreferences(hanzi, group.display, definitions),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/** How many senses a reading has of its own (measure-word lists count once, pointers not at all). */
function senseCount(group: ReadingGroup): number {
  let count = 0;
  let measure = false;
  for (const { entry } of group.entries) {
    for (const definition of entry.definitions) {
      if (measureWordsOf(definition)) measure = true;
      else if (!parseCrossReference(definition) && !SPELLING_NOTE.test(definition.trim())) count += 1;
    }
  }
  return count + (measure ? 1 : 0);
}

function isNeutral(syllable: string): boolean {
  return plainPinyin(syllable) === syllable.toLowerCase();
}

/**
 * The reading group that best fits a reading computed without the dictionary (pinyin-pro's), among those it
 * matches when a neutral tone matches any tone. pinyin-pro rarely writes neutral tones (东西 dōngxī, 故事
 * gùshì), so where CC-CEDICT has the same word with and without them (东西 dōngxī "east and west" /
 * dōngxi "thing"), the neutral-tone reading counts double against its senses: the colloquial word is
 * usually the everyday one (东西 thing, 故事 story, 地方 place), unless the other has far more senses
 * (精神 jīngshén "spirit"). An exact match breaks ties, and always wins when it has a neutral tone itself.
 */
function bestGroupFor(groups: ReadingGroup[], reading: string): ReadingGroup | undefined {
  const flat = (text: string) => text.normalize('NFC').replace(/[\s'’-]/g, '').toLowerCase();
  const candidates = groups.filter((group) => matchesReading(group.syllables, reading));
  if (candidates.length <= 1) return candidates[0];
  const exact = candidates.find((group) => flat(group.syllables.join('')) === flat(reading));
  if (exact && exact.syllables.some(isNeutral)) return exact;
  const weight = (group: ReadingGroup): number => {
    const neutralised = group.syllables.some(isNeutral) && !(exact && exact === group);
    return senseCount(group) * (neutralised ? 2 : 1);
  };
  return [...candidates].sort((a, b) => weight(b) - weight(a) || Number(b === exact) - Number(a === exact) || a.firstOrder - b.firstOrder)[0];
}

/**
 * The dictionary reading of a word as display pinyin, from a reading computed without the dictionary (one
 * syllable a character): a single dictionary reading wins (率先 shuàixiān, 关系 guānxi, 王毅 Wáng Yì);
 * among several, the one the computed reading matches (see `bestGroupFor`: 东西 dōngxi, 故事 gùshi);
 * null when the dictionary lacks the word or none matches.
 */
export function dictionaryReadingOf(hanzi: string, computed: string, cedict: Cedict): { syllables: string[]; display: string } | null {
  const groups = groupByReading(hanzi, cedict);
  const group = groups.length === 1 ? groups[0] : bestGroupFor(groups, computed);
  return group ? { syllables: group.syllables, display: group.display } : null;
}

function senseGroups(hanzi: string, readingsInUse: string[], cedict: Cedict, depth: number): Meaning[] {
  const groups = groupByReading(hanzi, cedict);
  const order = new Map<ReadingGroup, number>();
  readingsInUse.forEach((reading, index) => {
    const best = bestGroupFor(groups, reading);
    for (const group of groups) {
      if (order.has(group) || !matchesReading(group.syllables, reading)) continue;
      order.set(group, index + (group === best ? 0 : 0.5));
    }
  });
  const rankOf = (group: ReadingGroup): number => order.get(group) ?? readingsInUse.length + (group.allNames ? 1 : 0);
  groups.sort((a, b) => rankOf(a) - rankOf(b) || a.firstOrder - b.firstOrder);
  return groups.map((group) => meaningOfGroup(hanzi, group, cedict, depth)).filter((meaning): meaning is Meaning => meaning !== null);
}

/**
 * The meanings of a dictionary word, grouped by reading and ordered for a learner.
 *
 * - Readings: those in `readingsInUse` (marked pinyin such as "zhòngdà", most used first) lead, in that
 *   order; then the other common readings, then name-only readings, in dictionary order.
 * - Inside a reading, the entries that share it are merged: common words before names, the most
 *   productive traditional spelling first (後 before 后). Senses then go everyday → specialised (domains,
 *   slang, abbreviations, long usage notes) → flagged (literary, archaic, old, dialect, Taiwan, original
 *   meaning, surname) → references, keeping CC-CEDICT's order inside each rank; a short list of preferred
 *   first senses (`preferred-senses.ts`) corrects the dictionary where its first sense misleads (开放
 *   "to open up", not "to bloom").
 * - "CL:" lists become the note "measure word: 个"; "classifier for" reads "measure word for".
 * - A reading whose only senses point at another word ("variant of 擘劃|擘划[bo4 hua4]", "abbr. for …",
 *   "see …", "used in …") shows that word's senses with the note "variant of 擘划"; a rare spelling's
 *   "variant of" this same word is dropped.
 *
 * Returns [] when the dictionary lacks the word (see `composeMeaning`).
 */
export function orderedMeanings(hanzi: string, readingsInUse: string[], cedict: Cedict): Meaning[] {
  return senseGroups(hanzi, readingsInUse, cedict, 0);
}

/** The first sense a word's card shows, flagged or not: for measuring and tests. */
export function firstSense(meanings: Meaning[]): string | undefined {
  return meanings[0]?.definitions[0];
}
