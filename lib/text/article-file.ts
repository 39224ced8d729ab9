import fs from 'node:fs/promises';

/** A problem with the article a learner gave: shown to them as one clear line. */
export class ArticleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

const HAN = /\p{Script=Han}/u;
const MB = 1024 * 1024;

/** The largest article file Ciku imports: a long novel, segmented, is about 10 MB. */
export const MAX_ARTICLE_BYTES = 16 * MB;
export const MAX_TITLE_LENGTH = 200;

/**
 * The bytes of an article file. Anything but a regular file (a device such as /dev/zero, a named pipe, a
 * folder) and any file over MAX_ARTICLE_BYTES is refused before a byte is read.
 */
export async function readArticleFile(file: string): Promise<Uint8Array> {
  const refuseUnlessArticleFile = (stats: { isFile(): boolean; isDirectory(): boolean; size: number }) => {
    if (stats.isDirectory()) throw new ArticleInputError(`${file} is a folder, not an article file.`);
    if (!stats.isFile()) throw new ArticleInputError(`${file} is not a regular file (it is a device, a pipe or a socket): give an article file.`);
    if (stats.size > MAX_ARTICLE_BYTES) {
      throw new ArticleInputError(`${file} is ${(stats.size / MB).toFixed(1)} MB; an article file can be at most ${MAX_ARTICLE_BYTES / MB} MB.`);
    }
  };
  const cannotRead = (error: NodeJS.ErrnoException): never => {
    if (error.code === 'ENOENT') throw new ArticleInputError(`File not found: ${file}`);
    throw new ArticleInputError(`Cannot read ${file}: ${error.message}`);
  };
  refuseUnlessArticleFile(await fs.stat(file).catch(cannotRead));
  // Opened without blocking and checked again: the path may have been replaced by a pipe in between.
  const handle = await fs.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK).catch(cannotRead);
  try {
    const stats = await handle.stat();
    refuseUnlessArticleFile(stats);
    // One byte more than the file has: reading it means the file grew meanwhile.
    const buffer = new Uint8Array(stats.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length === buffer.length) throw new ArticleInputError(`${file} changed while it was read: import it once it is written.`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** The text of an article file: UTF-8, no BOM, LF line ends; refuses empty, binary and non-UTF-8 files. */
export function decodeArticleFile(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleInputError('The file is empty.');
  if (bytes.includes(0)) throw new ArticleInputError('The file looks binary, not text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleInputError('The file is not valid UTF-8 text.');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ArticleInputError('The file is empty.');
  return text;
}

export function assertHasChinese(text: string): void {
  if (!HAN.test(text)) throw new ArticleInputError('The text contains no Chinese words.');
}

/** A title as stored: NFC, single spaces, at most MAX_TITLE_LENGTH characters. */
export function cleanTitle(title: string): string {
  const cleaned = title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!cleaned) throw new ArticleInputError('The article needs a title.');
  // Format characters (a right-to-left mark, a zero-width space) show nothing: a title of only those is none.
  if (!/[^\p{Cf}\p{Z}\p{Cc}]/u.test(cleaned)) throw new ArticleInputError('The article needs a title: this one has no visible character.');
  const length = [...cleaned].length;
  if (length > MAX_TITLE_LENGTH) throw new ArticleInputError(`The title is ${length} characters long; a title can have at most ${MAX_TITLE_LENGTH}.`);
  return cleaned;
}

/** The title a text suggests: its first line without the segmentation spaces, at most 120 characters. */
export function titleFromText(text: string): string {
  const firstLine = /[^\n]*\S[^\n]*/.exec(text)?.[0] ?? '';
  return firstLine.split(/ {3}/).map((part) => part.replace(/ /g, '')).join(' ').trim().slice(0, 120);
}
