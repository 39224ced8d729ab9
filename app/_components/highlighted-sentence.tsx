import type { ContextSentence } from '@/lib/data/sentences';

/** A sentence with every occurrence of the studied word marked, and its reading in this sentence above it. */
export function HighlightedSentence({ sentence }: { sentence: Pick<ContextSentence, 'text' | 'highlights' | 'readings'> }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  sentence.highlights.forEach(([start, length], index) => {
    if (start < cursor) return;
    parts.push(sentence.text.slice(cursor, start));
    const reading = sentence.readings[index];
    parts.push(
      <mark key={start} className="rounded bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/30">
        {reading ? (
          <ruby>
            {sentence.text.slice(start, start + length)}
            <rt className="font-sans text-xs text-stone-600 dark:text-stone-300" data-testid="sentence-reading">
              {reading}
            </rt>
          </ruby>
        ) : (
          sentence.text.slice(start, start + length)
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
