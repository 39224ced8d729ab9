import fs from 'node:fs';
import { loadCedict } from '@/lib/chinese/cedict';
import { cedictLexicon } from '@/lib/vocabulary/lexicon';
import { segmentRun } from '@/lib/vocabulary/segment';
const lexicon = cedictLexicon(loadCedict(), { words: new Set(['新局']), names: new Set() });
const text = fs.readFileSync('prisma/seed/000_145fa75775678c09.txt', 'utf8');
const changes = new Map<string, number>();
const kept: string[] = [];
const t = performance.now();
for (const line of text.split('\n')) {
  const tokens = line.split(/ +/).filter(Boolean);
  let run: string[] = [];
  const flush = () => {
    if (!run.length) return;
    const segs = segmentRun(run, lexicon);
    for (const s of segs) if (!lexicon.isWord(s.text) && s.text.length > 1) kept.push(s.text);
    const after = segs.map((s) => s.text);
    const diff: string[] = [];
    // show only changed tokens
    if (after.join(' ') !== run.join(' ')) { const k = `${run.join(' ')} → ${after.join(' ')}`; changes.set(k, (changes.get(k) ?? 0) + 1); }
    run = [];
  };
  for (const token of tokens) { if (/^\p{Script=Han}+$/u.test(token)) run.push(token); else flush(); }
  flush();
}
console.log('ms', (performance.now() - t).toFixed(0));
console.log('KEPT unknown:', [...new Set(kept)].join(' '));
for (const [k, n] of changes) console.log(n, k);
