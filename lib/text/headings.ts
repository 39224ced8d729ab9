/**
 * The lines an article opens with before its text: a title, a byline, a source line. They describe the
 * article; they are not sentences to learn words from.
 *
 * Heading lines are the first lines (at most four) that end no sentence (no 。！？； inside) and are short;
 * the text starts at the first line that is a sentence. The first heading is the title; a line in brackets
 * or naming a publication (《求是》) or a date is the source; any other is the byline. A text that is all
 * headings (a short note, a list of words) has none: it is all text.
 */
export interface ArticleHeadings {
  title: string | null;
  byline: string | null;
  source: string | null;
  /** How many of the text's non-empty lines, from the top, are headings. */
  lineCount: number;
}

const MAX_HEADING_LINES = 4;
const MAX_HEADING_LENGTH = 60;
const ENDS_A_SENTENCE = /[。！？；!?;]/u;
const BRACKETED = /^[（(【\[〔].*[）)】\]〕]$/u;
const PUBLICATION_OR_DATE = /《[^》]+》|\d{4}\s*年|\d{4}[-./]\d{1,2}[-./]\d{1,2}|^(来源|出处|原载|source)\s*[:：]/iu;

/** A line as a reader sees it: without the segmenter's spaces (three spaces stand for one that was in the text). */
export function unsegmentedLine(line: string): string {
  return line
    .split(/ {3}/)
    .map((part) => part.replace(/ /g, ''))
    .join(' ')
    .trim();
}

export function articleHeadings(lines: string[]): ArticleHeadings {
  const nonEmpty = lines.map(unsegmentedLine).filter(Boolean);
  const headings: string[] = [];
  for (const line of nonEmpty.slice(0, MAX_HEADING_LINES)) {
    if (ENDS_A_SENTENCE.test(line) || line.length > MAX_HEADING_LENGTH) break;
    headings.push(line);
  }
  if (headings.length === nonEmpty.length) return { title: null, byline: null, source: null, lineCount: 0 };
  const [title = null, ...rest] = headings;
  const source = rest.find((line) => BRACKETED.test(line) || PUBLICATION_OR_DATE.test(line)) ?? null;
  const byline = rest.filter((line) => line !== source).join(' ') || null;
  return { title, byline, source: source?.replace(/^[（(【\[〔]\s*|\s*[）)】\]〕]$/gu, '') ?? null, lineCount: headings.length };
}
