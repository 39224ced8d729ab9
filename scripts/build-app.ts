// Part of `npm start`: builds the app into .next (or CIKU_DIST_DIR) only when its sources changed since the last build.
import { buildApp } from './support/app-server';
import { runScript } from './run-script';

await runScript(async () => {
  buildApp(process.env.CIKU_DIST_DIR || '.next', { verbose: true });
});
