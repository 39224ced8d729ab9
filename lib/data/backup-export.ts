import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { BACKUP_FORMAT, BACKUP_VERSION, SECTIONS, serializeRow, type Section } from '@/lib/backup/format';
import { REVIEW_LOG_CSV_HEADER, reviewLogCsvLine, type ReviewLogCsvRow } from '@/lib/backup/review-log-csv';

type Queryable = Db | Prisma.TransactionClient;
export type WriteChunk = (chunk: string) => Promise<unknown>;

/** Rows are read a page at a time and written a few hundred kB at a time: memory holds one page, whatever the size. */
const PAGE_ROWS = 2_000;
const CHUNK_CHARS = 256 * 1024;

/** The rows of a section in key order, a page at a time (keyset pagination, so each page is an index range). */
async function* sectionRows(db: Queryable, section: Section): AsyncGenerator<Record<string, unknown>> {
  const columns = Object.keys(section.columns).map((column) => `"${column}"`).join(', ');
  const sql = `SELECT ${columns} FROM "${section.table}" WHERE "${section.key}" > $1 ORDER BY "${section.key}" LIMIT ${PAGE_ROWS}`;
  let after = 0;
  for (;;) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, after);
    yield* rows;
    if (rows.length < PAGE_ROWS) return;
    after = rows[rows.length - 1][section.key] as number;
  }
}

class ChunkedWriter {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly write: WriteChunk) {}

  async add(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    await this.write(chunk);
  }
}

export type BackupCounts = Record<string, number>;

/**
 * Writes the complete backup (every table, see lib/backup/format.ts) through `write`, from one consistent
 * snapshot of the database: a read-only, repeatable-read transaction, so a review saved meanwhile is either
 * wholly in the file or not at all. `write` should be quick (a file, not a slow client): the transaction
 * stays open until the last row is written, and on the embedded database it holds the only connection.
 */
export async function writeBackup(db: Db, write: WriteChunk, { timeoutMs = 30 * 60_000 } = {}): Promise<BackupCounts> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const out = new ChunkedWriter(write);
      const counts: BackupCounts = {};
      await out.add(`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION}`);
      for (const section of SECTIONS) {
        await out.add(`,\n"${section.name}":[`);
        let count = 0;
        for await (const row of sectionRows(tx, section)) {
          await out.add(`${count === 0 ? '' : ','}\n${serializeRow(section, row)}`);
          count++;
        }
        await out.add(count === 0 ? ']' : '\n]');
        counts[section.name] = count;
      }
      await out.add('\n}\n');
      await out.flush();
      return counts;
    },
    { maxWait: 10_000, timeout: timeoutMs },
  );
}

const CSV_PAGE_ROWS = 5_000;

interface CsvRow extends ReviewLogCsvRow {
  id: number;
  userId: number;
}

/**
 * The learner's review log as CSV for the FSRS optimisers, in the order the reviews were made, a page of rows
 * per chunk: the first chunk holds the header and the first page (so a database that fails, fails before the
 * download starts), and nothing holds the whole log. Pages are ranges of the primary key, taken whoever's
 * reviews they hold and filtered here: a plan that cannot go wrong when the statistics are stale (PGlite has
 * no autovacuum), where one by learner could read the learner's whole log for every page.
 */
export async function* reviewLogCsvChunks(db: Db, userId: number): AsyncGenerator<string> {
  let after = 0;
  let header = `${REVIEW_LOG_CSV_HEADER}\n`;
  for (;;) {
    const rows = await db.$queryRaw<CsvRow[]>`
      SELECT id, "userId", "cardId", "reviewedAt", rating, "stateBefore"::text AS "stateBefore", "durationMs"
      FROM "ReviewLog" WHERE id > ${after} ORDER BY id LIMIT ${CSV_PAGE_ROWS}`;
    const lines = rows
      .filter((row) => row.userId === userId)
      .map((row) => `${reviewLogCsvLine(row)}\n`)
      .join('');
    if (header || lines) yield header + lines;
    header = '';
    if (rows.length < CSV_PAGE_ROWS) return;
    after = rows[rows.length - 1].id;
  }
}

/** What the learner's data amounts to, for the settings page. */
export async function learnerDataCounts(db: Db, userId: number): Promise<{ reviews: number; cards: number }> {
  const [reviews, cards] = await Promise.all([db.reviewLog.count({ where: { userId } }), db.card.count({ where: { userId } })]);
  return { reviews, cards };
}
