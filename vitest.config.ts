import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The integration files that take longest (one to two minutes each on 2 cores), longest first. Vitest orders
 * files by the durations of earlier runs, which a fresh clone (CI) has none of: it would start them in any order,
 * and the last long file would run on one worker while the other waits. Starting them first lets the two workers
 * end together.
 */
const SLOW_FIRST = [
  'tests/integration/import.test.ts',
  'tests/integration/clean-clone.test.ts',
  'tests/integration/seed.test.ts',
  'tests/integration/backup.test.ts',
  'tests/integration/generate-history.test.ts',
  'tests/integration/interval-labels.test.ts',
  'tests/integration/boundaries.test.ts',
];

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = SLOW_FIRST.findIndex((slow) => file.moduleId.endsWith(slow));
      return index < 0 ? SLOW_FIRST.length : index;
    };
    // Within each project, in the projects' order (groupOrder) as Vitest sorted them; Array.prototype.sort is stable.
    const projects = new Map<string, TestSpecification[]>();
    for (const file of sorted) projects.set(file.project.name, [...(projects.get(file.project.name) ?? []), file]);
    return [...projects.values()].flatMap((group) => group.sort((a, b) => rank(a) - rank(b)));
  }
}

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          environment: 'node',
          // Two files at a time (Vitest's default on 2 cores is one): these tests wait on the database server and
          // on child processes much of the time, so the second core is otherwise idle.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // A loaded machine can take seconds to answer a click: a page is given that long before a check fails.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
