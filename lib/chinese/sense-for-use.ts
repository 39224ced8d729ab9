import type { Meaning } from './senses';

/** The words around one occurrence of a word in its sentence (tokens as segmented; punctuation included). */
export interface WordUse {
  previous?: string;
  next?: string;
}

/** The sense one occurrence uses: `meanings[meaning].definitions[definition]`. */
export interface SenseChoice {
  meaning: number;
  definition: number;
  /** Which rule chose it, for tests and for a tooltip. */
  rule: 'measure word' | 'etc.' | 'with' | 'towards';
}

const HAN_WORD = /^\p{Script=Han}+$/u;
/** A numeral, or a demonstrative or quantifier that takes a measure word: 三 场, 这 届, 各 项, 十九 届. */
const COUNTER = /^(?:第?[零〇一二两三四五六七八九十百千万亿]+|\d+|几|数|多|半|每|这|那|哪|该|各|某|整|上|下|本|首)$/u;
/** 等 "to wait" comes before these; anywhere else in writing it closes a list ("etc."). */
const AFTER_WAIT = new Set(['着', '了', '过', '一下', '一会', '一会儿', '到', '待', '候', '我', '你', '您', '他', '她', '它', '我们', '你们', '他们', '她们', '别人', '人家']);
const BEFORE_WAIT = new Set(['在', '要', '请', '不要', '别', '没', '还', '再', '就', '正', '正在', '快', '想', '得']);
/** 同 "same" before these (同年 the same year); before any other word it is "with" (同 各国 一道). */
const SAME_AFTER = new Set(['年', '月', '日', '天', '一', '类', '样', '期', '时', '岁', '级', '届', '班', '族', '名', '种', '等']);

function findSense(meanings: Meaning[], test: (definition: string) => boolean): { meaning: number; definition: number } | null {
  for (let meaning = 0; meaning < meanings.length; meaning += 1) {
    const definition = meanings[meaning].definitions.findIndex(test);
    if (definition >= 0) return { meaning, definition };
  }
  return null;
}

/**
 * The sense an occurrence of a word uses when its neighbours show it, else null (show the word's usual
 * order). Rules, in order:
 * - after a numeral, demonstrative or quantifier (三 场, 这 届, 各 项, 两 位) → its measure-word sense;
 * - 等 → "and so on; etc." unless it is "to wait" (等 着, 等 他, 请 等);
 * - 同 before a word → "with" (同 各国 一道), except before 年, 一, 类… ("same");
 * - 对 before a word → "towards; at; for" (对 世界), not "right; correct".
 * `meanings` are a word's ordered meanings (`orderedMeanings`), whose definitions read "measure word for …".
 */
export function senseForUse(hanzi: string, meanings: Meaning[], use: WordUse): SenseChoice | null {
  const { previous, next } = use;
  const nextIsWord = next !== undefined && HAN_WORD.test(next);
  if (previous !== undefined && COUNTER.test(previous)) {
    const found = findSense(meanings, (definition) => /^measure word\b/.test(definition));
    if (found) return { ...found, rule: 'measure word' };
  }
  if (hanzi === '等' && !(next && AFTER_WAIT.has(next)) && !(previous && BEFORE_WAIT.has(previous))) {
    const found = findSense(meanings, (definition) => /\betc\./.test(definition));
    if (found) return { ...found, rule: 'etc.' };
  }
  if (hanzi === '同' && nextIsWord && !SAME_AFTER.has(next)) {
    const found = findSense(meanings, (definition) => /^with\b/.test(definition));
    if (found) return { ...found, rule: 'with' };
  }
  if (hanzi === '对' && nextIsWord) {
    const found = findSense(meanings, (definition) => /^towards\b/.test(definition));
    if (found) return { ...found, rule: 'towards' };
  }
  return null;
}

/** The meanings with the chosen sense first: its reading first, the sense first inside it. */
export function meaningsForUse(meanings: Meaning[], choice: SenseChoice | null): Meaning[] {
  if (!choice) return meanings;
  const chosen = meanings[choice.meaning];
  if (!chosen) return meanings;
  const definitions = [chosen.definitions[choice.definition], ...chosen.definitions.filter((_, index) => index !== choice.definition)];
  return [{ ...chosen, definitions }, ...meanings.filter((_, index) => index !== choice.meaning)];
}

/**
 * A word's meanings ordered by all its occurrences: when most of them (more than half) use one sense that
 * is not already first (等 closing lists, 届 after numerals), that sense leads on the card.
 */
export function meaningsForUses(hanzi: string, meanings: Meaning[], uses: WordUse[]): Meaning[] {
  const votes = new Map<string, { choice: SenseChoice; count: number }>();
  for (const use of uses) {
    const choice = senseForUse(hanzi, meanings, use);
    if (!choice) continue;
    const key = `${choice.meaning}:${choice.definition}`;
    const vote = votes.get(key) ?? { choice, count: 0 };
    vote.count += 1;
    votes.set(key, vote);
  }
  const best = [...votes.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count * 2 > uses.length ? meaningsForUse(meanings, best.choice) : meanings;
}
