// Hash tables in typed arrays, keyed by UTF-16 code units: a text's stretch is looked up without cutting it out,
// and a table of 200,000 keys is a few arrays, not 200,000 strings for the garbage collector to walk.

/** Pairs of UTF-16 code units to a few bits, by open addressing: no string per lookup. */
export class PairTable {
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

/**
 * Stretches of one string (the dictionary) to non-negative numbers, by open addressing. A key is where it sits
 * in that string, an offset and a length; any text's stretch that reads the same finds it.
 */
export class StretchTable {
  private starts = new Int32Array(1 << 16).fill(-1);
  private lengths = new Uint16Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private shift = 16;
  private count = 0;
  /**
   * An odd multiplier of its own (multiply-shift hashing): keys read from one table in its slot order come
   * sorted by that table's slots, and a second table with the same multiplier would pile them up in one run.
   */
  private readonly multiplier = nextMultiplier();

  constructor(private readonly source: string) {}

  /** The number of `text.slice(start, end)`, or -1 when it is not a key. */
  get(text: string, start: number, end: number): number {
    const slot = this.slotOf(text, start, end);
    return this.starts[slot] === -1 ? -1 : this.values[slot];
  }

  /** Sets the number of `source.slice(start, end)`, a stretch of the table's own string. */
  set(start: number, end: number, value: number): void {
    if ((this.count + 1) * 2 > this.starts.length) this.grow();
    const slot = this.slotOf(this.source, start, end);
    if (this.starts[slot] === -1) {
      this.starts[slot] = start;
      this.lengths[slot] = end - start;
      this.count += 1;
    }
    this.values[slot] = value;
  }

  /** Every key, as a stretch of the table's own string, with its number. */
  forEach(visit: (start: number, end: number, value: number) => void): void {
    this.starts.forEach((start, slot) => {
      if (start !== -1) visit(start, start + this.lengths[slot], this.values[slot]);
    });
  }

  /** Where the stretch is, or the empty slot where it would go. */
  private slotOf(text: string, start: number, end: number): number {
    const length = end - start;
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    const mask = this.starts.length - 1;
    for (let slot = Math.imul(hash, this.multiplier) >>> this.shift; ; slot = (slot + 1) & mask) {
      const keyStart = this.starts[slot];
      if (keyStart === -1) return slot;
      if (this.lengths[slot] === length && sameUnits(this.source, keyStart, text, start, length)) return slot;
    }
  }

  private grow(): void {
    const { starts, lengths, values } = this;
    this.starts = new Int32Array(starts.length * 2).fill(-1);
    this.lengths = new Uint16Array(starts.length * 2);
    this.values = new Int32Array(starts.length * 2);
    this.shift -= 1;
    starts.forEach((start, slot) => {
      if (start === -1) return;
      const target = this.slotOf(this.source, start, start + lengths[slot]);
      this.starts[target] = start;
      this.lengths[target] = lengths[slot];
      this.values[target] = values[slot];
    });
  }
}

let tables = 0;

/** The next of a fixed sequence of well-mixed odd numbers (a step of splitmix32 on a counter). */
function nextMultiplier(): number {
  let mixed = Math.imul((tables += 1), 0x9e3779b9);
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) | 1;
}

function sameUnits(source: string, sourceStart: number, text: string, textStart: number, length: number): boolean {
  for (let index = 0; index < length; index++) {
    if (source.charCodeAt(sourceStart + index) !== text.charCodeAt(textStart + index)) return false;
  }
  return true;
}
