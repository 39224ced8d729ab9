import type { ContextSentence } from '@/lib/data/sentences';
import { PinyinText, RubyWord } from './pinyin-text';

type Sentence = Pick<ContextSentence, 'text' | 'highlights' | 'readings' | 'tokens'>;

const MARK = 'rounded bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/30';

/**
 * A sentence with every occurrence of the studied word marked, and its reading in this sentence above it;
 * given the sentence's tokens, every word carries its reading (ruby). Tone colours colour the readings.
 */
export function HighlightedSentence({ sentence, toneColours = false }: { sentence: Sentence; toneColours?: boolean }) {
  if (sentence.tokens) return <RubySentence sentence={sentence} tokens={sentence.tokens} toneColours={toneColours} />;
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  sentence.highlights.forEach(([start, length], index) => {
    if (start < cursor) return;
    parts.push(sentence.text.slice(cursor, start));
    const reading = sentence.readings[index];
    const hanzi = sentence.text.slice(start, start + length);
    parts.push(
      <mark key={start} className={MARK}>
        {reading ? (
          <ruby>
            {hanzi}
            <rt className="font-sans text-xs text-stone-600 dark:text-stone-300" data-testid="sentence-reading">
              <PinyinText pinyin={reading} hanzi={hanzi} toneColours={toneColours} />
            </rt>
          </ruby>
        ) : (
          hanzi
        )}
      </mark>,
    );
    cursor = start + length;
  });
  parts.push(sentence.text.slice(cursor));
  return (
    <p lang="zh-CN" className="hanzi leading-loose">
      {parts}
    </p>
  );
}

function RubySentence({ sentence, tokens, toneColours }: { sentence: Sentence; tokens: NonNullable<Sentence['tokens']>; toneColours: boolean }) {
  const highlighted = new Set(sentence.highlights.map(([start]) => start));
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const [start, length, reading] of tokens) {
    if (start < cursor) continue;
    parts.push(sentence.text.slice(cursor, start));
    const hanzi = sentence.text.slice(start, start + length);
    const word = reading ? <RubyWord hanzi={hanzi} pinyin={reading} toneColours={toneColours} /> : hanzi;
    parts.push(
      highlighted.has(start) ? (
        <mark key={start} className={MARK}>
          {word}
        </mark>
      ) : (
        <span key={start}>{word}</span>
      ),
    );
    cursor = start + length;
  }
  parts.push(sentence.text.slice(cursor));
  return (
    <p lang="zh-CN" className="hanzi leading-[2.4] [&_rt]:font-sans [&_rt]:text-[0.6em]" data-ruby>
      {parts}
    </p>
  );
}
