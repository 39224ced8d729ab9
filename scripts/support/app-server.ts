import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next');

/** Builds the app into its own folder (not .next), so a running app is never disturbed. */
export function buildApp(distDir: string): void {
  if (process.env.CIKU_REUSE_BUILD && fs.existsSync(path.join(distDir, 'BUILD_ID'))) return;
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    env: { ...process.env, CIKU_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
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
