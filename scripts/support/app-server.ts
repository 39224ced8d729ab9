import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { sourceHash } from './source-hash';

const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next');

const SOURCE_HASH_FILE = 'ciku-source-hash';

/**
 * Builds the app into `distDir` unless the build there was made from the same sources; says which.
 * The tests and the benchmark build into folders of their own, so a running app is never disturbed.
 */
export function buildApp(distDir: string, { verbose = false } = {}): 'built' | 'up to date' {
  const log = verbose ? console.log : () => {};
  const hash = sourceHash(process.cwd());
  const hashFile = path.join(distDir, SOURCE_HASH_FILE);
  const builtFrom = fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(hashFile) ? fs.readFileSync(hashFile, 'utf8') : null;
  if (builtFrom === hash) {
    const at = fs.statSync(hashFile).mtime.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    log(`The app in ${distDir} is up to date: no source changed since it was built (${at}). Skipping the build.`);
    return 'up to date';
  }
  log(builtFrom ? `Sources changed since the last build: rebuilding the app into ${distDir}.` : `Building the app into ${distDir}.`);
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    env: { ...process.env, CIKU_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    stdio: verbose ? 'inherit' : 'pipe',
  });
  if (result.status !== 0) throw new Error(verbose ? 'next build failed (its output is above).' : `next build failed:\n${result.stdout}\n${result.stderr}`);
  fs.writeFileSync(hashFile, hash);
  return 'built';
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/** `next start` on 127.0.0.1, resolved once it answers HTTP. */
export async function startApp(distDir: string, env: Record<string, string>): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...env, CIKU_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const app: RunningApp = {
    url,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      await fetch(`${url}/__ready`, { signal: AbortSignal.timeout(2000) });
      return app;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await app.stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}
