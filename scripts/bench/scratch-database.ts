import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-postgres';

/** The PostgreSQL server the benchmark creates and drops its scratch databases on. */
export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** An empty database of its own on the server, dropped by `drop`. */
export function scratchPostgres(): Promise<ScratchDatabase> {
  return createScratchDatabase(ADMIN_URL, 'ciku_bench');
}
