import { buildApp } from '@/scripts/support/app-server';
import { E2E_DIST_DIR } from './harness';

/** One production build for every browser test file; each file starts its own server on its own database. */
export default function setup(): void {
  buildApp(E2E_DIST_DIR);
}
