import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ArticleInputError,
  assertHasChinese,
  cleanTitle,
  decodeArticleFile,
  MAX_ARTICLE_BYTES,
  readArticleFile,
  titleFromText,
} from './article-file';

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

describe('readArticleFile', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-article-file-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('reads a regular file', async () => {
    const file = path.join(folder, 'article.txt');
    fs.writeFileSync(file, '我们 学习 。\n');
    expect(Buffer.from(await readArticleFile(file)).toString('utf8')).toBe('我们 学习 。\n');
  });

  it('reads a file of exactly the largest size', async () => {
    const file = path.join(folder, 'largest.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_ARTICLE_BYTES);
    expect((await readArticleFile(file)).length).toBe(MAX_ARTICLE_BYTES);
  });

  it('refuses a file one byte over the limit, saying the limit', async () => {
    const file = path.join(folder, 'too-large.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_ARTICLE_BYTES + 1);
    await expect(readArticleFile(file)).rejects.toThrow(new ArticleInputError(`${file} is 16.0 MB; an article file can be at most 16 MB.`));
  });

  it('refuses a device, which would never end', async () => {
    await expect(readArticleFile('/dev/zero')).rejects.toThrow('/dev/zero is not a regular file (it is a device, a pipe or a socket): give an article file.');
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const pipe = path.join(folder, 'pipe');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    await expect(readArticleFile(pipe)).rejects.toThrow(`${pipe} is not a regular file`);
  });

  it('refuses a folder and a missing file', async () => {
    await expect(readArticleFile(folder)).rejects.toThrow(`${folder} is a folder, not an article file.`);
    await expect(readArticleFile(path.join(folder, 'missing.txt'))).rejects.toThrow('File not found');
  });
});

describe('titles', () => {
  it('suggests the first non-blank line without the segmentation spaces, an original space kept', () => {
    expect(titleFromText('\n  \n迎难而上   为国 担当\n正文 。')).toBe('迎难而上 为国担当');
  });

  it('cleans a title and refuses one over 200 characters', () => {
    expect(cleanTitle('  我 的\n文章 ')).toBe('我 的 文章');
    expect(cleanTitle('长'.repeat(200))).toHaveLength(200);
    expect(() => cleanTitle('长'.repeat(201))).toThrow(new ArticleInputError('The title is 201 characters long; a title can have at most 200.'));
    expect(() => cleanTitle(' ')).toThrow('The article needs a title.');
  });

  it('refuses a title of nothing visible (format characters, a zero-width space), and keeps one with them inside', () => {
    for (const title of ['\u202e\u200b', '\u200b\u200d\ufeff', '\u3000\u2060']) {
      expect(() => cleanTitle(title)).toThrow('The article needs a title: this one has no visible character.');
    }
    expect(cleanTitle('熊猫\u200b日记')).toBe('熊猫\u200b日记');
  });
});
