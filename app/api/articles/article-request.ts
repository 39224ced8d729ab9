import { z } from 'zod';
import type { BrowserArticle } from '@/lib/data/browser-import';
import { readJsonRequest } from '@/lib/http/request-guard';
import { checkArticleText, checkSource, checkTitle, MAX_BROWSER_ARTICLE_BYTES, SIZE_LIMIT_MESSAGE } from '@/lib/text/article-input';

/**
 * The JSON body may hold a whole article: its limit is the article's (JSON escapes a few characters, such as
 * line ends, in two bytes), checked from Content-Length before a byte is read, or as the body arrives.
 */
const BODY_LIMIT = Math.ceil(MAX_BROWSER_ARTICLE_BYTES * 1.25) + 16 * 1024;

const ArticleRequest = z.object({
  text: z.string(),
  title: z.string(),
  source: z.string().optional(),
  onTitleTaken: z.enum(['update', 'new']).optional(),
});

export type ArticleRequestRefusal = { status: number; error: string; message: string };

/** The article the page sent, checked as the seed checks a file (the same messages the page shows before sending), or why not. */
export async function readArticleRequest(request: Request): Promise<{ article: BrowserArticle } | ArticleRequestRefusal> {
  const read = await readJsonRequest(request, BODY_LIMIT);
  if ('status' in read) return read.error === 'too-large' ? { ...read, message: `The text is too large. ${SIZE_LIMIT_MESSAGE}` } : read;
  const parsed = ArticleRequest.safeParse(read.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { status: 400, error: 'invalid', message: `Invalid request: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim() };
  }
  const text = checkArticleText(parsed.data.text);
  if (!text.ok) return { status: text.tooLarge ? 413 : 422, error: 'invalid', message: text.message };
  const title = checkTitle(parsed.data.title);
  if (!title.ok) return { status: 422, error: 'invalid', message: title.message };
  const source = checkSource(parsed.data.source ?? '');
  if (!source.ok) return { status: 422, error: 'invalid', message: source.message };
  return { article: { text: text.value, title: title.value, source: source.value, onTitleTaken: parsed.data.onTitleTaken } };
}
