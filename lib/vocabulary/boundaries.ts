import type { SentenceUnit, UnitKind } from './units';

/** A word boundary a learner fixed: JOIN makes its parts one word wherever they stand together, SPLIT cuts the word into its parts. */
export interface BoundaryRule {
  kind: 'JOIN' | 'SPLIT';
  /** The whole: the joined word, or the word that is split. */
  hanzi: string;
  /** The words it is made of, in order; joined, they are `hanzi`. */
  parts: string[];
}

/** Rules ready to apply to every sentence of an import. */
export interface BoundaryRules {
  size: number;
  splits: Map<string, string[]>;
  joins: Set<string>;
  /** Every beginning of a joined word: a run of units is tried only while its text is one. */
  joinPrefixes: Set<string>;
}

/** The longest word a learner may make by joining: longer than any idiom, shorter than a clause. */
export const MAX_JOINED_LENGTH = 12;

const CHINESE = /^[\p{Script=Han}〇]+$/u;

export const characters = (text: string) => Array.from(text);

/** Why a rule cannot be stored, or null when it can. */
export function boundaryRuleProblem(rule: BoundaryRule): string | null {
  if (rule.parts.length < 2) return 'A boundary needs at least two words on either side.';
  if (rule.parts.some((part) => part.length === 0)) return 'A word cannot be empty.';
  if (!rule.parts.every((part) => CHINESE.test(part))) return 'Only words of Chinese characters can be joined or split.';
  if (rule.parts.join('') !== rule.hanzi) return 'The parts do not make up the word.';
  if (rule.kind === 'JOIN' && characters(rule.hanzi).length > MAX_JOINED_LENGTH) return `A joined word can have at most ${MAX_JOINED_LENGTH} characters.`;
  return null;
}

export function compileBoundaryRules(rules: readonly BoundaryRule[]): BoundaryRules {
  const compiled: BoundaryRules = { size: 0, splits: new Map(), joins: new Set(), joinPrefixes: new Set() };
  for (const rule of rules) {
    if (boundaryRuleProblem(rule)) continue;
    compiled.size += 1;
    if (rule.kind === 'SPLIT') {
      compiled.splits.set(rule.hanzi, rule.parts);
      continue;
    }
    compiled.joins.add(rule.hanzi);
    for (let end = 1; end <= rule.hanzi.length; end++) compiled.joinPrefixes.add(rule.hanzi.slice(0, end));
  }
  return compiled;
}

export const NO_BOUNDARY_RULES: BoundaryRules = compileBoundaryRules([]);

/** What a unit is (word, name or number), given whether a number comes right before it. */
export type KindOf = (text: string, afterNumber: boolean) => UnitKind;

/** Splits a unit by the rules, again for a part that has a rule of its own (负责任 → 负责 任, 负责 → 负 责). */
function splitUnit(unit: SentenceUnit, rules: BoundaryRules, depth = 0): { text: string; start: number; length: number }[] {
  const parts = rules.splits.get(unit.text);
  if (!parts || depth > MAX_JOINED_LENGTH * 2) return [unit];
  const pieces = [];
  let start = unit.start;
  for (const part of parts) {
    pieces.push(...splitUnit({ ...unit, text: part, start, length: part.length }, rules, depth + 1));
    start += part.length;
  }
  return pieces;
}

/**
 * A sentence's units as the learner's fixed boundaries have them: each unit a SPLIT names is cut into its parts,
 * then each run of units written together (no punctuation or number between them) whose text is a JOIN's word
 * becomes that word, the longest first. Kinds follow the new units (a piece can be a name, or a number).
 */
export function applyBoundaryRules(units: readonly SentenceUnit[], rules: BoundaryRules, kindOf: KindOf): SentenceUnit[] {
  if (rules.size === 0) return [...units];
  const split: SentenceUnit[] = [];
  for (const [index, unit] of units.entries()) {
    const pieces = splitUnit(unit, rules);
    if (pieces.length === 1) {
      split.push(unit);
      continue;
    }
    let afterNumber = index > 0 && units[index - 1].kind === 'number' && units[index - 1].start + units[index - 1].length === unit.start;
    for (const piece of pieces) {
      const kind = kindOf(piece.text, afterNumber);
      afterNumber = kind === 'number';
      split.push({ ...piece, kind, ...(unit.phrase && { phrase: unit.phrase }) });
    }
  }
  if (rules.joins.size === 0) return split;

  const joined: SentenceUnit[] = [];
  for (let index = 0; index < split.length; ) {
    let text = '';
    let longest = 0;
    for (let next = index; next < split.length; next++) {
      const unit = split[next];
      if (unit.kind === 'number' || (next > index && split[next - 1].start + split[next - 1].length !== unit.start)) break;
      text += unit.text;
      if (!rules.joinPrefixes.has(text)) break;
      if (next > index && rules.joins.has(text)) longest = next - index + 1;
    }
    if (longest === 0) {
      joined.push(split[index]);
      index += 1;
      continue;
    }
    const parts = split.slice(index, index + longest);
    const first = parts[0];
    const whole = parts.map((part) => part.text).join('');
    const previous = joined.at(-1);
    const afterNumber = previous !== undefined && previous.kind === 'number' && previous.start + previous.length === first.start;
    // The phrase all its parts were written in stays, unless the joined word is that phrase.
    const phrase = parts.every((part) => part.phrase && part.phrase.start === first.phrase!.start && part.phrase.length === first.phrase!.length) ? first.phrase : undefined;
    const unit: SentenceUnit = { text: whole, start: first.start, length: whole.length, kind: kindOf(whole, afterNumber) };
    if (phrase && !(phrase.start === unit.start && phrase.length === unit.length)) unit.phrase = phrase;
    joined.push(unit);
    index += longest;
  }
  return joined;
}
