import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceHash } from './source-hash';

let root: string;
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), content);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-hash-'));
  write('app/page.tsx', 'export default 1');
  write('lib/a.ts', 'export const a = 1');
  write('package-lock.json', '{}');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the source hash that decides whether to rebuild', () => {
  it('stays the same while nothing the build reads changes', () => {
    const before = sourceHash(root);
    write('tests/a.test.ts', 'changed');
    write('.data/pglite/base', 'data');
    write('.next/BUILD_ID', 'x');
    write('lib/generated/prisma/client.ts', 'regenerated');
    write('README.md', 'docs');
    expect(sourceHash(root)).toBe(before);
  });

  it('changes with a route, a library file, a new file, a static file, the schema or the lock file', () => {
    const seen = new Set([sourceHash(root)]);
    for (const [file, content] of [
      ['app/page.tsx', 'export default 2'],
      ['lib/b.ts', 'new'],
      ['public/icon.svg', '<svg/>'],
      ['prisma/schema.prisma', 'model A {}'],
      ['package-lock.json', '{"v":2}'],
    ]) {
      write(file, content);
      seen.add(sourceHash(root));
    }
    expect(seen.size).toBe(6);
  });

  it('changes when a file is renamed, even with the same content', () => {
    const before = sourceHash(root);
    fs.renameSync(path.join(root, 'lib/a.ts'), path.join(root, 'lib/b.ts'));
    expect(sourceHash(root)).not.toBe(before);
  });
});
