import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Stroke-order data for hanzi-writer, served by the app itself from the npm package `hanzi-writer-data`
 * (one JSON file per character, named by the character; Arphic Public License).
 */

/** The longest text worth looking at: one character is at most 2 UTF-16 units; anything longer is refused unread. */
const MAX_PARAMETER_LENGTH = 16;

/** The character a request names, or null unless it is exactly one Han character. */
export function strokeCharacter(parameter: string): string | null {
  if (parameter.length > MAX_PARAMETER_LENGTH) return null;
  const characters = [...parameter.normalize('NFC')];
  if (characters.length !== 1) return null;
  return /^\p{Script=Han}$/u.test(characters[0]) ? characters[0] : null;
}

let dataDirectory: string | undefined;

function strokeDataDirectory(): string {
  dataDirectory ??= path.dirname(createRequire(import.meta.url).resolve('hanzi-writer-data/package.json'));
  return dataDirectory;
}

/** The stroke data of one character (as `strokeCharacter` returns it) as JSON text, or null when the package has none. */
export async function readStrokeData(character: string): Promise<string | null> {
  if (strokeCharacter(character) !== character) return null;
  try {
    return await fs.readFile(path.join(strokeDataDirectory(), `${character}.json`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
