import { BaseSequencer, type TestSpecification } from 'vitest/node';

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

export class SlowFirstSequencer extends BaseSequencer {
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
