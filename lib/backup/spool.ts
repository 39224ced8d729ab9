import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

/**
 * Writes a download to a temporary file, then serves it from there: the database transaction that writes it
 * ends as soon as the file is complete, however slowly the browser reads. The file is unlinked at once
 * (it lives while it is open), so nothing is left behind, whether the download finishes, fails or is cancelled.
 */
export async function spoolToTempFile(
  write: (writeChunk: (chunk: string) => Promise<unknown>) => Promise<unknown>,
): Promise<{ body: ReadableStream<Uint8Array> }> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'ciku-download-'));
  const handle = await fs.promises.open(path.join(dir, 'download'), 'w+');
  await fs.promises.rm(dir, { recursive: true, force: true });
  try {
    await write((chunk) => handle.write(chunk));
    const stream = fs.createReadStream('', { fd: handle, start: 0, autoClose: true });
    return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
