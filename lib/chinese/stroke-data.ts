import fs from 'node:fs/promises';
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

/**
 * Read from the installed package at run time, from the app's folder (as `next start` and the scripts run):
 * the bundler would replace a `require.resolve` with a module number, and 47 MB of JSON stay out of the build.
 */
const DATA_DIRECTORY = path.join('node_modules', 'hanzi-writer-data');

/** The stroke data of one character (as `strokeCharacter` returns it) as JSON text, or null when the package has none. */
export async function readStrokeData(character: string): Promise<string | null> {
  if (strokeCharacter(character) !== character) return null;
  try {
    return await fs.readFile(path.join(process.cwd(), DATA_DIRECTORY, `${character}.json`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
