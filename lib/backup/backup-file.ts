import fs from 'node:fs';
import { BackupFileError } from './json-reader';

/**
 * A backup file on disk: its size, and its text as it is read (a chunk at a time, so a file of any size is
 * never held whole). Anything that is not a regular file is refused before a byte is read, and text that is
 * not UTF-8 is refused when it is met.
 */
export async function openBackupFile(file: string): Promise<{ sizeBytes: number; chunks: AsyncIterable<string> }> {
  let stats: fs.Stats;
  try {
    stats = await fs.promises.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupFileError(code === 'ENOENT' ? `${file} does not exist.` : `${file} cannot be read (${code}).`);
  }
  if (stats.isDirectory()) throw new BackupFileError(`${file} is a folder: give the backup file (ciku-backup-….json).`);
  if (!stats.isFile()) throw new BackupFileError(`${file} is not a regular file (it is a device, a pipe or a socket): give the backup file.`);
  return { sizeBytes: stats.size, chunks: decodeUtf8(fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) };
}

async function* decodeUtf8(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new BackupFileError('This is not a Ciku backup: the file is not UTF-8 text.');
    }
  };
  for await (const chunk of bytes) yield decode(chunk);
  yield decode();
}
