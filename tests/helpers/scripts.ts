import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A script of scripts/ in a child process on the database `env` names; killed after `timeoutMs`. */
export function runScriptFile(script: string, env: Record<string, string>, args: string[] = [], timeoutMs = 50_000) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
}

/** `npm run db:seed -- …args` in a child process. */
export function runSeed(env: Record<string, string>, args: string[] = [], timeoutMs = 50_000) {
  return runScriptFile('scripts/db-seed.ts', env, args, timeoutMs);
}

let tempDir: string | undefined;

/** A file of its own in a folder of its own (so two files can share a name), removed when the process ends. */
export function writeTemp(content: string | Buffer, name = 'article.txt'): string {
  if (!tempDir) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-input-'));
    const created = tempDir;
    process.once('exit', () => fs.rmSync(created, { recursive: true, force: true }));
  }
  const folder = path.join(tempDir, randomUUID());
  fs.mkdirSync(folder);
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}
