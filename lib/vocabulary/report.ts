import { isFunctionWord } from '@/lib/chinese/function-words';
import { describeWordInUse } from '@/lib/chinese/describe-word';
import { isFlaggedSense } from '@/lib/chinese/senses';
import { meaningsForUses, type WordUse } from '@/lib/chinese/sense-for-use';
import { prepareArticle, studiedSentences, vocabularyTools, type VocabularyTools } from './article';

/** What the vocabulary pass makes of an article, measured: `npm run vocab:report` prints it. */
export interface VocabularyReport {
  sentences: number;
  /** Words a learner is offered as cards (names apart). */
  cards: number;
  names: number;
  withDictionaryMeaning: number;
  withComposedMeaning: number;
  withoutMeaning: string[];
  /** Words whose first sense is literary, archaic, a variant or a surname although another sense exists. */
  flaggedFirst: string[];
  occurrences: number;
  /** Occurrences read otherwise than their word's main reading (为 wéi where the word is mostly wèi). */
  otherReadings: { hanzi: string; reading: string; main: string; sentence: string }[];
  /** Neighbouring units that together are a dictionary word: a cut across a word, left as two cards. */
  fragments: { units: [string, string]; word: string; sentence: string }[];
  /** Words the dictionary lacks, kept whole (idioms, set phrases, a bound morpheme that is no word alone). */
  notInDictionary: string[];
}

export function vocabularyReport(text: string, tools: VocabularyTools = vocabularyTools()): VocabularyReport {
  const prepared = prepareArticle(text);
  const words = new Map<string, { isName: boolean; readings: Map<string, number>; uses: WordUse[] }>();
  const uses: { hanzi: string; reading: string; sentence: string }[] = [];
  const fragments: VocabularyReport['fragments'] = [];
  let sentences = 0;
  for (const sentence of studiedSentences(prepared.body, tools)) {
    sentences += 1;
    sentence.occurrences.forEach((occurrence, index) => {
      let word = words.get(occurrence.hanzi);
      if (!word) words.set(occurrence.hanzi, (word = { isName: occurrence.kind === 'name', readings: new Map(), uses: [] }));
      word.uses.push({ previous: occurrence.previous, next: occurrence.next });
      word.readings.set(occurrence.reading, (word.readings.get(occurrence.reading) ?? 0) + 1);
      uses.push({ hanzi: occurrence.hanzi, reading: occurrence.reading, sentence: sentence.text });
      const next = sentence.occurrences[index + 1];
      if (!next || next.start !== occurrence.start + occurrence.length) return;
      if (isFunctionWord(occurrence.hanzi) || isFunctionWord(next.hanzi)) return;
      const joined = occurrence.hanzi + next.hanzi;
      if (tools.lexicon.isWord(joined) && !tools.lexicon.isName(joined)) fragments.push({ units: [occurrence.hanzi, next.hanzi], word: joined, sentence: sentence.text });
    });
  }

  const report: VocabularyReport = {
    sentences,
    cards: 0,
    names: 0,
    withDictionaryMeaning: 0,
    withComposedMeaning: 0,
    withoutMeaning: [],
    flaggedFirst: [],
    occurrences: uses.length,
    otherReadings: [],
    fragments,
    notInDictionary: [],
  };
  const mainReading = new Map<string, string>();
  for (const [hanzi, word] of words) {
    const readings = [...word.readings].sort((a, b) => b[1] - a[1]).map(([reading]) => reading);
    mainReading.set(hanzi, readings[0]);
    if (word.isName) report.names += 1;
    else report.cards += 1;
    const described = describeWordInUse(hanzi, readings, tools.cedict);
    const description = { ...described, meanings: meaningsForUses(hanzi, described.meanings, word.uses) };
    const first = description.meanings[0];
    if (!first?.definitions[0]) report.withoutMeaning.push(hanzi);
    else if (first.composed) report.withComposedMeaning += 1;
    else report.withDictionaryMeaning += 1;
    if (!description.inDictionary) report.notInDictionary.push(hanzi);
    const senses = description.meanings.flatMap((meaning) => meaning.definitions);
    if (senses.length > 0 && isFlaggedSense(senses[0]) && senses.some((sense) => !isFlaggedSense(sense))) report.flaggedFirst.push(hanzi);
  }
  report.otherReadings = uses
    .filter((use) => use.reading !== mainReading.get(use.hanzi))
    .map((use) => ({ ...use, main: mainReading.get(use.hanzi)! }));
  return report;
}
