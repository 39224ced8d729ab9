// npm test [-- vitest args]: unit, integration and browser tests, ending with the line "N passed, N failed".
// Integration tests use PGlite, and also the PostgreSQL server named by TEST_DATABASE_URL when it is set.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '../tests/browser/chromium';

function ensureChromium(): string | undefined {
  const found = findChromium();
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error('Chromium is needed for the browser tests: install it (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.');
    return undefined;
  }
  console.log('Installing Chromium for the browser tests (apt-get install chromium)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return findChromium();
}

execFileSync('npm', ['run', '--silent', 'db:generate'], { stdio: 'inherit' });
const chromium = ensureChromium();
const summaryFile = process.env.CIKU_TEST_SUMMARY || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-test-')), 'summary.txt');
fs.rmSync(summaryFile, { force: true });
const run = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CIKU_TEST_SUMMARY: summaryFile, ...(chromium && { CHROMIUM_PATH: chromium }) },
});
const summary = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8').trim() : '0 passed, 1 failed';
console.log(summary);
process.exit(run.status ?? 1);
