import { describe, expect, it } from 'vitest';
import { ArticleInputError, assertHasChinese, decodeArticleFile } from './article-file';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleFile', () => {
  it('reads UTF-8, drops a byte-order mark and normalises line ends', () => {
    expect(decodeArticleFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('我们 。\r\n你们 。\r')]))).toBe('我们 。\n你们 。\n');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'The file is empty.'],
    ['a file of blanks', bytes(' \n\n '), 'The file is empty.'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]), 'The file looks binary, not text.'],
    ['a GBK file', new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), 'The file is not valid UTF-8 text.'],
  ])('refuses %s', (_name, input, message) => {
    expect(() => decodeArticleFile(input)).toThrow(new ArticleInputError(message));
  });
});

describe('assertHasChinese', () => {
  it('refuses text without a Chinese character', () => {
    expect(() => assertHasChinese('hello 2020 !')).toThrow('The text contains no Chinese words.');
    expect(() => assertHasChinese('hello 中文')).not.toThrow();
  });
});
