import type { ContextSentence } from '@/lib/data/sentences';

/** A sentence with every occurrence of the studied word marked. */
export function HighlightedSentence({ sentence }: { sentence: Pick<ContextSentence, 'text' | 'highlights'> }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const [start, length] of sentence.highlights) {
    if (start < cursor) continue;
    parts.push(sentence.text.slice(cursor, start));
    parts.push(
      <mark key={start} className="rounded bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/30">
        {sentence.text.slice(start, start + length)}
      </mark>,
    );
    cursor = start + length;
  }
  parts.push(sentence.text.slice(cursor));
  return (
    <p lang="zh-CN" className="hanzi">
      {parts}
    </p>
  );
}
