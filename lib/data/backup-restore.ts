import { refreshArticleWords } from './article-words';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { BACKUP_FORMAT, BACKUP_VERSION, checkRow, SECTIONS, type Section } from '@/lib/backup/format';
import { BackupFileError, readTopLevelObject, type ReaderLimits, type TopLevelEvent } from '@/lib/backup/json-reader';
import type { BackupCounts } from './backup-export';

type Queryable = Db | Prisma.TransactionClient;

/** The database already holds data: a restore would mix two histories, so it writes nothing. */
export class DatabaseNotEmptyError extends Error {
  constructor(readonly contents: DatabaseContents) {
    super(
      `The database is not empty (${describeContents(contents)}): a backup is restored only into an empty one, so that nothing ` +
        'is mixed up or lost. Use a new CIKU_DATA_DIR folder or a new database in DATABASE_URL.',
    );
    this.name = 'DatabaseNotEmptyError';
  }
}

/** A row may be as long as a sentence can be (an article file is at most 16 MB); a field name or the version, short. */
export const RESTORE_LIMITS: ReaderLimits = { maxItemChars: 40 * 1024 * 1024, maxValueChars: 1_000 };
const BATCH_ROWS = 2_000;
const BATCH_CHARS = 4 * 1024 * 1024;
const MB = 1024 * 1024;

export interface DatabaseContents {
  users: number;
  articles: number;
  words: number;
  cards: number;
  reviews: number;
  undoneReviews: number;
}

const plural = (count: number, one: string) => `${count.toLocaleString('en')} ${one}${count === 1 ? '' : 's'}`;

function describeContents(contents: DatabaseContents): string {
  const parts = [
    plural(contents.users, 'learner'),
    plural(contents.articles, 'article'),
    plural(contents.words, 'word'),
    plural(contents.cards, 'card'),
    plural(contents.reviews, 'review'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export async function databaseContents(db: Queryable): Promise<DatabaseContents> {
  const [row] = await db.$queryRaw<DatabaseContents[]>`
    SELECT (SELECT count(*)::int FROM "User") AS users, (SELECT count(*)::int FROM "Article") AS articles,
           (SELECT count(*)::int FROM "Word") AS words, (SELECT count(*)::int FROM "Card") AS cards,
           (SELECT count(*)::int FROM "ReviewLog") AS reviews, (SELECT count(*)::int FROM "UndoneReview") AS "undoneReviews"`;
  return row;
}

async function refuseUnlessEmpty(db: Queryable): Promise<void> {
  const contents = await databaseContents(db);
  if (Object.values(contents).some((count) => count > 0)) throw new DatabaseNotEmptyError(contents);
}

async function nextEvent(events: AsyncIterator<TopLevelEvent>): Promise<TopLevelEvent | null> {
  const next = await events.next();
  return next.done ? null : next.value;
}

/** The format and version fields, which come first: anything else is refused before the database is touched. */
async function checkHeader(events: AsyncIterator<TopLevelEvent>): Promise<void> {
  const format = await nextEvent(events);
  if (format?.kind !== 'value' || format.key !== 'format') {
    throw new BackupFileError(`This is not a Ciku backup: it does not begin with the field "format": "${BACKUP_FORMAT}".`);
  }
  if (format.value !== BACKUP_FORMAT) {
    throw new BackupFileError(`This is not a Ciku backup: its format is ${JSON.stringify(format.value).slice(0, 100)}, not "${BACKUP_FORMAT}".`);
  }
  const version = await nextEvent(events);
  if (version?.kind !== 'value' || version.key !== 'version' || !Number.isInteger(version.value)) {
    throw new BackupFileError('This backup does not say its version (the field "version", a whole number, after "format").');
  }
  if (version.value !== BACKUP_VERSION) {
    throw new BackupFileError(
      (version.value as number) > BACKUP_VERSION
        ? `This backup was written by a newer Ciku (format version ${version.value}); this one reads version ${BACKUP_VERSION}. Update Ciku, then restore it.`
        : `This backup has format version ${version.value}, which this Ciku does not read (it reads version ${BACKUP_VERSION}).`,
    );
  }
}

/** Inserts rows as they are, ids included, in one statement per batch: PostgreSQL turns the JSON into typed columns. */
async function insertRows(db: Queryable, section: Section, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(section.columns).map((column) => `"${column}"`);
  const types = Object.entries(section.columns).map(([column, { sqlType }]) => `"${column}" ${sqlType}`);
  await db.$executeRawUnsafe(
    `INSERT INTO "${section.table}" (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS row(${types.join(', ')})`,
    JSON.stringify(rows),
  );
}

async function insertSections(db: Queryable, events: AsyncIterator<TopLevelEvent>): Promise<BackupCounts> {
  const counts: BackupCounts = {};
  let expected = 0;
  let batch: Record<string, unknown>[] = [];
  let batchChars = 0;
  for (let event = await nextEvent(events); event; event = await nextEvent(events)) {
    const section = SECTIONS[expected];
    if (event.kind === 'value' || (event.kind === 'array-start' && event.key !== section?.name)) {
      const known = SECTIONS.findIndex((candidate) => candidate.name === event.key);
      throw new BackupFileError(
        known >= expected && section
          ? `The backup's sections are out of order: "${section.name}" must come before "${event.key}".`
          : `The backup has a field Ciku does not know or did not expect here: "${event.key.slice(0, 100)}".`,
      );
    }
    if (event.kind === 'item') {
      const checked = checkRow(section, event.value);
      if (!checked.ok) throw new BackupFileError(`Row ${event.index + 1} of "${section.name}" is not valid: ${checked.message}.`);
      batch.push(checked.row);
      batchChars += event.chars;
      if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) {
        await insertRows(db, section, batch);
        batch = [];
        batchChars = 0;
      }
    } else if (event.kind === 'array-end') {
      await insertRows(db, section, batch);
      batch = [];
      batchChars = 0;
      counts[section.name] = event.count;
      expected++;
    }
  }
  if (expected < SECTIONS.length) throw new BackupFileError(`The backup has no "${SECTIONS[expected].name}" section: it is incomplete.`);
  return counts;
}

/** Moves every id sequence past the restored ids, so rows created later do not collide with them. */
async function moveSequences(db: Queryable): Promise<void> {
  for (const section of SECTIONS.filter((candidate) => candidate.serial)) {
    // An undone review's id was a review log's: a new review must not take it again.
    const alsoUsed = section.table === 'ReviewLog' ? `, (SELECT max("reviewLogId") FROM "UndoneReview")` : '';
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${section.table}"', '${section.key}'), GREATEST(m, 1), m > 0)
       FROM (SELECT GREATEST(COALESCE((SELECT max("${section.key}") FROM "${section.table}"), 0)${alsoUsed}) AS m) AS highest`,
    );
  }
}

/**
 * Restores a backup into an empty database in one transaction: the file is read and checked row by row as it
 * is inserted, and anything wrong with it (not a backup, another version, a bad row, a reference to a row that
 * is not there, a file that stops early) rolls everything back. `sizeBytes` sets how long the transaction may take.
 */
export async function restoreBackup(db: Db, chunks: AsyncIterable<string>, { sizeBytes }: { sizeBytes: number }): Promise<BackupCounts> {
  const events = readTopLevelObject(chunks, RESTORE_LIMITS)[Symbol.asyncIterator]();
  try {
    await checkHeader(events);
    await refuseUnlessEmpty(db);
    const counts = await db.$transaction(
      async (tx) => {
        await refuseUnlessEmpty(tx);
        const counts = await insertSections(tx, events);
        await moveSequences(tx);
        await refreshArticleWords(tx, 'all');
        return counts;
      },
      { maxWait: 10_000, timeout: 120_000 + Math.ceil(sizeBytes / (5 * MB)) * 60_000 },
    );
    // Fresh statistics let the planner use the indexes right away (PGlite has no autovacuum to do it).
    await db.$executeRawUnsafe(`ANALYZE ${SECTIONS.map((section) => `"${section.table}"`).join(', ')}, "ArticleWord"`);
    return counts;
  } finally {
    await events.return?.(undefined);
  }
}
