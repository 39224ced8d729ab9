/**
 * Reads every word occurrence of an article in its sentence and prints how long it took, how the readings were
 * chosen, and each occurrence whose reading differs from its word's most common one (to spot-check).
 *
 *   npx tsx scripts/measure-readings.ts [prisma/seed/000_145fa75775678c09.txt]
 */
import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { loadCedict } from '@/lib/chinese/cedict';
import { readSentenceTokens, type TokenReading } from '@/lib/chinese/sentence-readings';
import { extractArticle } from '@/lib/text/extract';

const file = process.argv[2] ?? 'prisma/seed/000_145fa75775678c09.txt';
const article = extractArticle(fs.readFileSync(file, 'utf8'));

let start = performance.now();
const cedict = loadCedict();
const loadMs = performance.now() - start;
start = performance.now();
pinyin('中', { toneSandhi: false });
const pinyinProMs = performance.now() - start;
start = performance.now();
const readings = article.sentences.map((sentence) => readSentenceTokens(sentence.tokens, cedict));
const firstMs = performance.now() - start;
start = performance.now();
for (const sentence of article.sentences) readSentenceTokens(sentence.tokens, cedict);
const againMs = performance.now() - start;

const byWord = new Map<string, Map<string, string[]>>();
const sources = new Map<TokenReading['source'], number>();
let occurrences = 0;
article.sentences.forEach((sentence, sentenceIndex) =>
  sentence.tokens.forEach((token, index) => {
    const reading = readings[sentenceIndex][index];
    if (!reading) return;
    occurrences += 1;
    sources.set(reading.source, (sources.get(reading.source) ?? 0) + 1);
    const context = sentence.tokens
      .slice(Math.max(0, index - 4), index + 5)
      .map((other) => (other === token ? `【${other.text}】` : other.text))
      .join(' ');
    const uses = byWord.get(token.text) ?? new Map<string, string[]>();
    uses.set(reading.pinyin, [...(uses.get(reading.pinyin) ?? []), context]);
    byWord.set(token.text, uses);
  }),
);

const differing: string[] = [];
for (const [hanzi, uses] of byWord) {
  const [most, ...others] = [...uses].sort((a, b) => b[1].length - a[1].length);
  for (const [reading, contexts] of others) {
    for (const context of contexts) differing.push(`  ${hanzi} ${reading} (usually ${most[0]}, ×${most[1].length}): ${context}`);
  }
}

console.log(`${file}: ${occurrences} word occurrences of ${byWord.size} words`);
console.log(`load CC-CEDICT ${loadMs.toFixed(0)} ms, start pinyin-pro ${pinyinProMs.toFixed(0)} ms, read all ${firstMs.toFixed(0)} ms (again ${againMs.toFixed(0)} ms)`);
console.log(`chosen by: ${[...sources].map(([source, count]) => `${source} ${count}`).join(', ')}`);
console.log(`${[...byWord.values()].filter((uses) => uses.size > 1).length} words read two ways; ${differing.length} occurrences differ from their word's most common reading:`);
console.log(differing.join('\n'));
