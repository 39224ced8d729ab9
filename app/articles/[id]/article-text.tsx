import { RubyWord } from '@/app/_components/pinyin-text';
import type { ReadingArticle, ReadingSentence } from '@/lib/data/articles';
import { MARK_CLASS } from './marks';

const SENTENCE_CLASS = 'scroll-mt-20 target:bg-yellow-100 dark:target:bg-yellow-900/40';

/**
 * The article as written, paragraph by paragraph, one plain span per word carrying its id, its reading here
 * and its mark; the reader around it handles every click and key by delegation. The first word is the way in
 * from the Tab key. Without ruby the text goes out as ready-made HTML, a few bytes a word: a long article
 * stays light to render and to send (as elements it would weigh three times as much).
 */
export function ArticleText({ article, ruby, toneColours }: { article: ReadingArticle; ruby: boolean; toneColours: boolean }) {
  const firstWord = article.paragraphs.flat().find((sentence) => sentence.tokens.length > 0)?.tokens[0];
  const markOf = (wordId: number) => MARK_CLASS[article.marks[wordId] ?? 'new'];
  return (
    <div lang="zh-CN" className={`reading-text hanzi flex flex-col gap-4 text-xl ${ruby ? 'leading-[2.6]' : 'leading-loose'}`} data-testid="article-text">
      {article.paragraphs.map((sentences) =>
        ruby ? (
          <p key={sentences[0].id}>
            {sentences.map((sentence) => (
              <RubySentence key={sentence.id} sentence={sentence} markOf={markOf} toneColours={toneColours} firstWord={firstWord} />
            ))}
          </p>
        ) : (
          <p key={sentences[0].id} dangerouslySetInnerHTML={{ __html: sentences.map((sentence) => sentenceHtml(sentence, markOf, firstWord)).join('') }} />
        ),
      )}
    </div>
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Single-quoted attributes: they need no escaping inside the page's flight data, where double quotes do. */
function sentenceHtml(sentence: ReadingSentence, markOf: (wordId: number) => string, firstWord: unknown): string {
  let html = `<span id='s-${sentence.id}' data-s='${sentence.id}' class='${SENTENCE_CLASS}'>`;
  let cursor = 0;
  for (const token of sentence.tokens) {
    if (token.start > cursor) html += escapeHtml(sentence.text.slice(cursor, token.start));
    const focus = token === firstWord ? ` tabindex='0'` : '';
    html += `<span class='${markOf(token.wordId)}' data-w='${token.wordId}' data-r='${escapeHtml(token.reading)}'${focus}>${escapeHtml(
      sentence.text.slice(token.start, token.start + token.length),
    )}</span>`;
    cursor = token.start + token.length;
  }
  return `${html}${escapeHtml(sentence.text.slice(cursor))}</span>`;
}

function RubySentence({
  sentence,
  markOf,
  toneColours,
  firstWord,
}: {
  sentence: ReadingSentence;
  markOf: (wordId: number) => string;
  toneColours: boolean;
  firstWord: unknown;
}) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const token of sentence.tokens) {
    if (token.start > cursor) parts.push(sentence.text.slice(cursor, token.start));
    parts.push(
      <span key={token.start} className={markOf(token.wordId)} data-w={token.wordId} data-r={token.reading} tabIndex={token === firstWord ? 0 : undefined}>
        <RubyWord hanzi={sentence.text.slice(token.start, token.start + token.length)} pinyin={token.reading} toneColours={toneColours} />
      </span>,
    );
    cursor = token.start + token.length;
  }
  parts.push(sentence.text.slice(cursor));
  return (
    <span id={`s-${sentence.id}`} data-s={sentence.id} className={SENTENCE_CLASS}>
      {parts}
    </span>
  );
}
