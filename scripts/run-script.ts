import { errorReason } from '@/lib/db/errors';

/**
 * Runs a command-line entry point: expected failures print one clear line and exit 1.
 * It exits explicitly because the schema engine leaves a timer behind that would hold the process ~10 s.
 */
export async function runScript(main: () => Promise<void>): Promise<never> {
  let exitCode = 0;
  try {
    await main();
  } catch (error) {
    console.error(`Error: ${errorReason(error)}`);
    if (process.env.CIKU_DEBUG) console.error(error);
    exitCode = 1;
  }
  process.exit(exitCode);
}
