/** A problem with the article a learner gave: shown to them as one clear line. */
export class ArticleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

const HAN = /\p{Script=Han}/u;

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
