import { describe, expect, it } from 'vitest';
import { checkArticleText, checkSource, checkTitle, decodeUploadedText, MAX_BROWSER_ARTICLE_BYTES, utf8Length } from './article-input';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('an article from the browser', () => {
  it('takes Chinese text with CRLF line ends and a byte-order mark as the seed would read it', () => {
    expect(checkArticleText('\uFEFF我们学习。\r\n中文很有意思。\r')).toEqual({ ok: true, value: '我们学习。\n中文很有意思。\n' });
  });

  it('refuses empty, English-only, NUL-bearing and broken text with a reason', () => {
    expect(checkArticleText('  \n\t ')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
    expect(checkArticleText('Just English here.')).toMatchObject({ ok: false, message: expect.stringMatching(/no Chinese/) });
    expect(checkArticleText('中文\0中文')).toMatchObject({ ok: false, message: expect.stringMatching(/NUL/) });
    expect(checkArticleText('中文\uD800')).toMatchObject({ ok: false, message: expect.stringMatching(/broken/) });
    expect(checkArticleText('中文😀')).toMatchObject({ ok: true });
  });

  it('refuses a text over the limit, measured in UTF-8 bytes, and says the limit', () => {
    const tooLong = '中'.repeat(Math.floor(MAX_BROWSER_ARTICLE_BYTES / 3) + 1);
    expect(utf8Length(tooLong)).toBe(bytes(tooLong).length);
    expect(checkArticleText(tooLong)).toMatchObject({ ok: false, tooLarge: true, message: expect.stringMatching(/at most 1 MB/) });
    expect(checkArticleText('中'.repeat(Math.floor(MAX_BROWSER_ARTICLE_BYTES / 3)))).toMatchObject({ ok: true });
    expect(MAX_BROWSER_ARTICLE_BYTES).toBeGreaterThanOrEqual(200 * 1024);
  });

  it('decodes an uploaded file, refusing empty, binary, non-UTF-8 and oversized files', () => {
    expect(decodeUploadedText(bytes('汉字'), 'a.txt')).toEqual({ ok: true, value: '汉字' });
    expect(decodeUploadedText(new Uint8Array(), 'a.txt')).toMatchObject({ ok: false, message: 'a.txt is empty.' });
    expect(decodeUploadedText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'a.png')).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) });
    expect(decodeUploadedText(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), 'gbk.txt')).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
    expect(decodeUploadedText(new Uint8Array(MAX_BROWSER_ARTICLE_BYTES + 1), 'big.txt')).toMatchObject({ ok: false, tooLarge: true });
  });

  it('requires a title of at most 200 characters without NUL, and takes an optional source', () => {
    expect(checkTitle('  我的   文章 ')).toEqual({ ok: true, value: '我的 文章' });
    expect(checkTitle('   ')).toMatchObject({ ok: false, message: 'Give the article a title.' });
    expect(checkTitle('字'.repeat(201))).toMatchObject({ ok: false, message: expect.stringMatching(/201 characters long; it can have at most 200/) });
    expect(checkTitle('a\0b')).toMatchObject({ ok: false, message: expect.stringMatching(/NUL/) });
    expect(checkSource('')).toEqual({ ok: true, value: null });
    expect(checkSource('《求是》')).toEqual({ ok: true, value: '《求是》' });
    expect(checkSource('x'.repeat(301))).toMatchObject({ ok: false });
  });
});
