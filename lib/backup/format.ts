import { z } from 'zod';
import { MAX_INT32 } from '@/lib/validation/ids';

/**
 * The complete backup: one JSON object whose first fields name the format and its version, followed by one
 * array per table, in the order rows can be inserted (a row only refers to rows of earlier sections). Each
 * row is a flat object of the table's columns, written on a line of its own, in id order, so the same
 * database always gives the same file.
 */
export const BACKUP_FORMAT = 'ciku-backup';
export const BACKUP_VERSION = 1;

/** A column: how the file's value is checked, and its PostgreSQL type for jsonb_to_recordset. */
interface Column {
  schema: z.ZodType;
  sqlType: string;
}

const MAX_SHORT_TEXT = 1_000;
/** A sentence is at most an article file (16 MB); its text is limited by the row's own limit. */
const MAX_LONG_TEXT = 32 * 1024 * 1024;

const id: Column = { schema: z.int().positive().max(MAX_INT32), sqlType: 'integer' };
const int: Column = { schema: z.int32(), sqlType: 'integer' };
const nullableInt: Column = { schema: z.int32().nullable(), sqlType: 'integer' };
const float: Column = { schema: z.number(), sqlType: 'double precision' };
const bool: Column = { schema: z.boolean(), sqlType: 'boolean' };
const text = (max = MAX_SHORT_TEXT): Column => ({ schema: z.string().max(max), sqlType: 'text' });
const nullableText = (max = MAX_SHORT_TEXT): Column => ({ schema: z.string().max(max).nullable(), sqlType: 'text' });
const timestamp: Column = { schema: z.iso.datetime(), sqlType: 'timestamp(3)' };
const nullableTimestamp: Column = { schema: z.iso.datetime().nullable(), sqlType: 'timestamp(3)' };
const enumeration = (type: string, values: readonly [string, ...string[]]): Column => ({ schema: z.enum(values), sqlType: `"${type}"` });
const jsonb = (schema: z.ZodType): Column => ({ schema, sqlType: 'jsonb' });

const CARD_STATES = ['NEW', 'LEARNING', 'REVIEW', 'RELEARNING'] as const;
const CARD_STATUSES = ['ACTIVE', 'SUSPENDED', 'KNOWN', 'RETIRED', 'IGNORED'] as const;
const CARD_KINDS = ['WORD', 'SENTENCE'] as const;
const NEW_CARD_ORDERS = ['FREQUENCY', 'ARTICLE', 'RANDOM', 'HSK_LEVEL', 'GENERAL_FREQUENCY'] as const;
const BOUNDARY_KINDS = ['JOIN', 'SPLIT'] as const;
const textArray: Column = { schema: z.array(z.string().max(MAX_SHORT_TEXT)).max(1_000), sqlType: 'text[]' };

/** What the app reads from a word's meanings: a hostile backup must not make its pages fail. */
const meanings = z
  .array(z.looseObject({ pinyin: z.string().max(MAX_SHORT_TEXT), definitions: z.array(z.string().max(10_000)).max(1_000) }))
  .max(100);

/** What undo reads from a review's snapshot of the card. */
const cardSnapshot = z.looseObject({
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.enum(CARD_STATES),
  lastReview: z.iso.datetime().nullable(),
});

export interface Section {
  /** The array's name in the file. */
  name: string;
  /** The table, as Prisma names it. */
  table: string;
  /** The column rows are ordered by (unique). */
  key: string;
  /** Whether `key` takes its values from a sequence, which a restore moves past the restored ids. */
  serial: boolean;
  columns: Record<string, Column>;
}

/**
 * What a backup leaves out because it is counted from the rest: the review log's quarter-hour counts
 * (ReviewSlot), and when they were last counted, and how often each article uses each word (ArticleWord). A
 * restored learner's counts are made again on the first visit to the statistics; the articles' words by the restore.
 */
export const DERIVED = { tables: ['ReviewSlot', 'ArticleWord'], columns: { User: ['reviewSlotsCountedAt'] } as Record<string, string[]> };

export const SECTIONS: readonly Section[] = [
  {
    name: 'users',
    table: 'User',
    key: 'id',
    serial: true,
    columns: {
      id,
      name: text(),
      timeZone: text(),
      dayStartHour: int,
      newCardsPerDay: int,
      reviewsPerDay: int,
      desiredRetention: float,
      learningSteps: { schema: z.array(z.string().max(100)).max(100), sqlType: 'text[]' },
      relearningSteps: { schema: z.array(z.string().max(100)).max(100), sqlType: 'text[]' },
      maximumIntervalDays: int,
      learnAheadMinutes: int,
      newCardOrder: enumeration('NewCardOrder', NEW_CARD_ORDERS),
      fsrsParameters: { schema: z.array(z.number()).max(100), sqlType: 'double precision[]' },
      sentenceCards: bool,
      rubyPinyin: bool,
      toneColours: bool,
      speakOnReveal: bool,
      createdAt: timestamp,
    },
  },
  {
    name: 'articles',
    table: 'Article',
    key: 'id',
    serial: true,
    columns: {
      id,
      slug: text(),
      title: text(),
      source: nullableText(),
      sourceFile: nullableText(10_000),
      author: nullableText(),
      contentHash: text(),
      vocabularyVersion: int,
      importedAt: timestamp,
      updatedAt: timestamp,
    },
  },
  {
    name: 'sentences',
    table: 'Sentence',
    key: 'id',
    serial: true,
    columns: { id, articleId: id, position: int, paragraph: int, text: text(MAX_LONG_TEXT) },
  },
  {
    name: 'words',
    table: 'Word',
    key: 'id',
    serial: true,
    columns: {
      id,
      hanzi: text(),
      pinyin: text(10_000),
      pinyinPlain: text(10_000),
      pinyinMarkedKey: text(10_000),
      meanings: jsonb(meanings),
      glossary: text(1_000_000),
      inDictionary: bool,
      isFunctionWord: bool,
      isName: bool,
      replacedBy: nullableText(10_000),
      frequency: int,
      studyRank: int,
      hskLevel: nullableInt,
      generalRank: nullableInt,
    },
  },
  {
    name: 'occurrences',
    table: 'Occurrence',
    key: 'id',
    serial: true,
    columns: {
      id,
      sentenceId: id,
      wordId: id,
      tokenIndex: int,
      start: int,
      length: int,
      reading: text(10_000),
      phraseStart: nullableInt,
      phraseLength: nullableInt,
    },
  },
  {
    name: 'cards',
    table: 'Card',
    key: 'id',
    serial: true,
    columns: {
      id,
      userId: id,
      wordId: id,
      kind: enumeration('CardKind', CARD_KINDS),
      sentenceId: { schema: z.int().positive().max(MAX_INT32).nullable(), sqlType: 'integer' },
      status: enumeration('CardStatus', CARD_STATUSES),
      // Optional: backups written before cards kept it restore with none (the card comes back active).
      retiredFrom: { schema: z.enum(CARD_STATUSES).nullable().optional(), sqlType: '"CardStatus"' },
      // Optional too: a card of an older backup comes back suspended as if by the learner (switching all sentence
      // cards on leaves it suspended).
      suspendedWithAll: { schema: z.boolean().default(false), sqlType: 'boolean' },
      state: enumeration('CardState', CARD_STATES),
      due: timestamp,
      stability: float,
      difficulty: float,
      elapsedDays: int,
      scheduledDays: int,
      learningSteps: int,
      reps: int,
      lapses: int,
      lastReview: nullableTimestamp,
      version: int,
      queuedAt: nullableTimestamp,
      createdAt: timestamp,
      updatedAt: timestamp,
    },
  },
  {
    name: 'reviewLogs',
    table: 'ReviewLog',
    key: 'id',
    serial: true,
    columns: {
      id,
      requestId: text(),
      userId: id,
      cardId: id,
      rating: { schema: z.int().min(1).max(4), sqlType: 'integer' },
      stateBefore: enumeration('CardState', CARD_STATES),
      cardBefore: jsonb(cardSnapshot),
      versionAfter: int,
      elapsedDays: int,
      scheduledDays: int,
      dueAfter: timestamp,
      durationMs: nullableInt,
      reviewedAt: timestamp,
    },
  },
  {
    name: 'undoneReviews',
    table: 'UndoneReview',
    key: 'reviewLogId',
    serial: false,
    columns: {
      reviewLogId: id,
      requestId: text(),
      userId: id,
      // Optional: an undone review of an older backup comes back without its card.
      cardId: { schema: id.schema.nullable().default(null), sqlType: 'integer' },
      undoneAt: timestamp,
    },
  },
  {
    name: 'boundaryRules',
    table: 'BoundaryRule',
    key: 'id',
    serial: true,
    columns: { id, kind: enumeration('BoundaryKind', BOUNDARY_KINDS), hanzi: text(), parts: textArray, createdAt: timestamp },
  },
  {
    name: 'placements',
    table: 'Placement',
    key: 'id',
    serial: true,
    columns: {
      id,
      userId: id,
      upToLevel: int,
      cardIds: { schema: z.array(z.int().positive().max(MAX_INT32)).max(1_000_000), sqlType: 'integer[]' },
      createdAt: timestamp,
      undoneAt: nullableTimestamp,
    },
  },
];

const rowSchemas = new Map(SECTIONS.map((section) => [section.name, rowSchema(section)]));

function rowSchema(section: Section) {
  return z.strictObject(Object.fromEntries(Object.entries(section.columns).map(([name, column]) => [name, column.schema])));
}

/** One row as a line of the file: its columns in the section's order (a Date as its ISO time). */
export function serializeRow(section: Section, row: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const column of Object.keys(section.columns)) ordered[column] = row[column];
  return JSON.stringify(ordered);
}

export type RowCheck = { ok: true; row: Record<string, unknown> } | { ok: false; message: string };

/** A row of the file checked against its section's columns: every column present, of its type, nothing else. */
export function checkRow(section: Section, value: unknown): RowCheck {
  const parsed = rowSchemas.get(section.name)!.safeParse(value);
  if (parsed.success) return { ok: true, row: parsed.data as Record<string, unknown> };
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? `"${issue.path.join('.')}"` : 'the row';
  return { ok: false, message: `${where}: ${issue.message}` };
}
