import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '@/scripts/support/app-server';
import { E2E_DIST_DIR, seedInto } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An embedded database holding the seed article, seeded once; each test file starts from a copy. */
    seededTemplate: string;
  }
}

/** One production build and one seeded database for every browser test file; each file runs its own server on its own copy. */
export default function setup(project: TestProject): () => void {
  buildApp(E2E_DIST_DIR);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ciku-e2e-template-'));
  const template = path.join(root, 'pglite');
  const seeded = seedInto(template);
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  project.provide('seededTemplate', template);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
