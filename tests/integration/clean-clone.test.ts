import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The project as a fresh clone has it: tracked files and new ones not ignored, without node_modules, builds or databases.
let clone: string;
let dataDir: string;

function npm(args: string[], timeout = 120_000) {
  return spawnSync('npm', args, {
    cwd: clone,
    env: { ...process.env, CIKU_DATA_DIR: dataDir, DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout,
  });
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

beforeAll(() => {
  clone = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-clone-'));
  dataDir = path.join(clone, '.data', 'pglite');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    fs.mkdirSync(path.join(clone, path.dirname(file)), { recursive: true });
    fs.copyFileSync(file, path.join(clone, file));
  }
  const installed = npm(['ci', '--prefer-offline', '--no-audit', '--no-fund'], 600_000);
  if (installed.status !== 0) throw new Error(`npm ci failed:\n${installed.stdout}\n${installed.stderr}`);
}, 600_000);

afterAll(() => {
  if (clone) fs.rmSync(clone, { recursive: true, force: true });
});

describe('on a clean clone after `npm ci` alone', () => {
  it('has the Prisma client generated', () => {
    expect(fs.existsSync(path.join(clone, 'lib/generated/prisma/client.ts'))).toBe(true);
  });

  it('migrates the embedded database with `npm run db:migrate`, and again as a no-op', () => {
    const first = npm(['run', 'db:migrate']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration/);
    const second = npm(['run', 'db:migrate']);
    expect(second.stdout).toMatch(/is up to date/);
  });

  it('imports the seed article with `npm run db:seed`, and another article file', () => {
    const seeded = npm(['run', 'db:seed']);
    expect(seeded.status, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Imported ".+": 1\d\d sentences/);
    fs.writeFileSync(path.join(clone, 'article.txt'), '我们 学习 中文 。 中文 很 有意思 。\n');
    const other = npm(['run', 'db:seed', '--', 'article.txt', '--title', 'A short one']);
    expect(other.status, other.stderr).toBe(0);
    expect(other.stdout).toMatch(/Imported "A short one"/);
  });

  it('checks the migrations against the schema with `npm run db:migration`', () => {
    const checked = npm(['run', 'db:migration', '--', 'nothing_new']);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/already agree/);
  });

  it('refuses bad input with one line and no stack trace', () => {
    const missing = npm(['run', 'db:seed', '--', 'no-such-file.txt']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/File not found: no-such-file\.txt/);
    expect(missing.stderr + missing.stdout).not.toMatch(STACK_TRACE);
  });

  it('offers every script the README lists', () => {
    const readme = fs.readFileSync(path.join(clone, 'README.md'), 'utf8');
    const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(clone, 'package.json'), 'utf8')).scripts);
    const listed = [...readme.matchAll(/`npm (?:run )?([a-z:]+)[^`]*`/g)].map((match) => match[1]).filter((name) => !['ci', 'install'].includes(name));
    expect(listed.length).toBeGreaterThan(5);
    for (const name of new Set(listed)) expect(scripts, `npm run ${name}`).toContain(name);
  });
});
