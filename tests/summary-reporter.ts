import fs from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with the one line CI reads, "N passed, N failed", summing every project.
 * A test file that fails to load, or an unhandled error, counts as a failure.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      if (module.state() === 'failed' && tests.every((test) => test.result().state !== 'failed')) failed += 1;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    if (process.env.CIKU_TEST_SUMMARY) fs.writeFileSync(process.env.CIKU_TEST_SUMMARY, `${line}\n`);
    process.stdout.write(`\n${line}\n`);
  }
}
