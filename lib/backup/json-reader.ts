/**
 * Reads a JSON object from a stream of text one top-level field at a time, and a field that is an array one
 * element at a time, so a backup of any size is read with the memory of its largest row. Any layout of
 * whitespace is accepted; what is not JSON, a file that stops early and a value over its limit are refused
 * with a BackupFileError that says so.
 */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

export type TopLevelEvent =
  | { kind: 'value'; key: string; value: unknown }
  | { kind: 'array-start'; key: string }
  | { kind: 'item'; key: string; index: number; value: unknown; chars: number }
  | { kind: 'array-end'; key: string; count: number };

export interface ReaderLimits {
  /** The longest element of an array, in characters. */
  maxItemChars: number;
  /** The longest other value of a top-level field (and any key), in characters. */
  maxValueChars: number;
}

const TRUNCATED = 'The file ends in the middle of the backup: it is incomplete (an interrupted download or copy?).';

const isWhitespace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

class Scanner {
  private buffer = '';
  private position = 0;
  /** Characters dropped from the buffer so far: where the buffer starts in the file. */
  private offset = 0;
  private ended = false;

  constructor(private readonly chunks: AsyncIterator<string>) {}

  where(): string {
    return `at character ${(this.offset + this.position + 1).toLocaleString('en')}`;
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.offset += this.position;
    this.buffer = this.buffer.slice(this.position) + next.value;
    this.position = 0;
    return true;
  }

  /** The next character that is not whitespace, without taking it; null at the end of the file. */
  async peek(): Promise<string | null> {
    for (;;) {
      while (this.position < this.buffer.length && isWhitespace(this.buffer.charCodeAt(this.position))) this.position++;
      if (this.position < this.buffer.length) return this.buffer[this.position];
      if (!(await this.fill())) return null;
    }
  }

  /** Takes the next character, which must be one of `allowed`. */
  async expect(allowed: string, what: string): Promise<string> {
    const next = await this.peek();
    if (next === null) throw new BackupFileError(TRUNCATED);
    if (!allowed.includes(next)) throw new BackupFileError(`This is not valid JSON: expected ${what} ${this.where()}, found “${next}”.`);
    this.position++;
    return next;
  }

  /** The length of the last value read, in characters. */
  lastLength = 0;

  /** One JSON value (string, number, literal, object or array), parsed; refused when longer than `limit` characters. */
  async readValue(limit: number, what: string): Promise<unknown> {
    const first = await this.peek();
    if (first === null) throw new BackupFileError(TRUNCATED);
    if (first === ',' || first === ']' || first === '}' || first === ':') {
      throw new BackupFileError(`This is not valid JSON: expected ${what} ${this.where()}, found “${first}”.`);
    }
    const where = this.where();
    const parts: string[] = [];
    let length = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let start = this.position;
    scan: for (;;) {
      const { buffer } = this;
      let position = this.position;
      while (position < buffer.length) {
        const code = buffer.charCodeAt(position);
        if (inString) {
          if (escaped) escaped = false;
          else if (code === 0x5c) escaped = true;
          else if (code === 0x22) {
            inString = false;
            if (depth === 0) {
              position++;
              this.position = position;
              break scan;
            }
          }
        } else if (code === 0x22) inString = true;
        else if (code === 0x7b || code === 0x5b) depth++;
        else if (code === 0x7d || code === 0x5d) {
          if (depth === 0) {
            this.position = position;
            break scan;
          }
          depth--;
          if (depth === 0) {
            position++;
            this.position = position;
            break scan;
          }
        } else if (depth === 0 && (code === 0x2c || code === 0x3a || isWhitespace(code))) {
          this.position = position;
          break scan;
        }
        position++;
      }
      this.position = position;
      parts.push(buffer.slice(start, position));
      length += position - start;
      if (length > limit) throw new BackupFileError(`${capitalise(what)} ${where} is longer than ${limit.toLocaleString('en')} characters: this is not a backup Ciku wrote.`);
      const more = await this.fill();
      start = this.position;
      if (!more) {
        // The end of the file ends a number or a literal, but nothing else.
        if (depth === 0 && !inString) break;
        throw new BackupFileError(TRUNCATED);
      }
    }
    parts.push(this.buffer.slice(start, this.position));
    const text = parts.join('');
    this.lastLength = text.length;
    if (text.length > limit) throw new BackupFileError(`${capitalise(what)} ${where} is longer than ${limit.toLocaleString('en')} characters: this is not a backup Ciku wrote.`);
    try {
      return JSON.parse(text);
    } catch {
      throw new BackupFileError(`This is not valid JSON: ${what} ${where} cannot be read (“${text.slice(0, 40)}${text.length > 40 ? '…' : ''}”).`);
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The fields of the object the text holds, in the order they come, arrays element by element. */
export async function* readTopLevelObject(chunks: AsyncIterable<string>, limits: ReaderLimits): AsyncGenerator<TopLevelEvent> {
  const source = chunks[Symbol.asyncIterator]();
  try {
    yield* readObject(new Scanner(source), limits);
  } finally {
    // Stopped early (a refused row, a failed insert): let the source close its file now.
    await source.return?.();
  }
}

async function* readObject(scanner: Scanner, limits: ReaderLimits): AsyncGenerator<TopLevelEvent> {
  const first = await scanner.peek();
  if (first === null) throw new BackupFileError('The file is empty.');
  if (first !== '{') throw new BackupFileError('This is not a Ciku backup: it does not start with a JSON object (“{”).');
  await scanner.expect('{', 'an object');
  if ((await scanner.peek()) === '}') await scanner.expect('}', 'the end of the object');
  else {
    for (;;) {
      const key = await scanner.readValue(limits.maxValueChars, 'a field name');
      if (typeof key !== 'string') throw new BackupFileError(`This is not valid JSON: expected a field name in quotes ${scanner.where()}.`);
      await scanner.expect(':', '“:”');
      if ((await scanner.peek()) === '[') {
        await scanner.expect('[', 'an array');
        yield { kind: 'array-start', key };
        let index = 0;
        if ((await scanner.peek()) === ']') await scanner.expect(']', 'the end of the array');
        else {
          for (;;) {
            const value = await scanner.readValue(limits.maxItemChars, `row ${index + 1} of “${key}”`);
            yield { kind: 'item', key, index, value, chars: scanner.lastLength };
            index++;
            if ((await scanner.expect(',]', '“,” or “]”')) === ']') break;
          }
        }
        yield { kind: 'array-end', key, count: index };
      } else {
        yield { kind: 'value', key, value: await scanner.readValue(limits.maxValueChars, `the value of “${key}”`) };
      }
      if ((await scanner.expect(',}', '“,” or “}”')) === '}') break;
    }
  }
  if ((await scanner.peek()) !== null) throw new BackupFileError(`There is more text after the end of the backup ${scanner.where()}.`);
}
