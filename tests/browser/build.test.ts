import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { E2E_DIST_DIR } from './harness';

describe('npm start', () => {
  it('skips the build, and says so, when no source changed since the last one', () => {
    // The global setup has just built the app into E2E_DIST_DIR from these sources.
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-app.ts'], {
      env: { ...process.env, CIKU_DIST_DIR: E2E_DIST_DIR },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/up to date: no source changed since it was built .*Skipping the build\./);
    expect(result.stdout).not.toMatch(/Creating an optimized production build/);
  });
});
