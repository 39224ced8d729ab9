import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReason } from '@/lib/db/errors';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/database';

/** Characters that do not repeat, so the database cannot compress them under its index limit. */
const distinctHanzi = (count: number) => Array.from({ length: count }, (_, index) => String.fromCodePoint(0x4e00 + ((index * 7919) % 20000))).join('');

describe.each(BACKENDS)('error reasons from %s', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it("give the database's own reason for a refused write, in one line", async () => {
    const error = await database.db.word
      .create({ data: { hanzi: distinctHanzi(1200), pinyin: '', pinyinPlain: '', pinyinMarkedKey: '', meanings: [], glossary: '', inDictionary: false } })
      .catch((caught: unknown) => caught);
    expect(errorReason(error)).toMatch(/^Database error: index row size \d+ exceeds (btree version 4 )?maximum \d+ for index "Word_hanzi_key"$/);
  });

  it('give the reason a raw statement failed, in one line', async () => {
    const error = await database.db.$queryRaw`SELECT 1 / 0`.catch((caught: unknown) => caught);
    expect(errorReason(error)).toBe('Database error: division by zero');
  });

  it('say that a transaction ran out of time, in one line', async () => {
    const error = await database.db
      .$transaction(
        async (tx) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await tx.word.count();
        },
        { timeout: 100 },
      )
      .catch((caught: unknown) => caught);
    expect(errorReason(error)).toMatch(/^Transaction API error: A query cannot be executed on an expired transaction\. The timeout for this transaction was 100 ms, however \d+ ms passed/);
    expect(errorReason(error)).not.toContain('\n');
  });

  it('keep the first line of any other error', () => {
    expect(errorReason(new Error('File not found: a.txt'))).toBe('File not found: a.txt');
    expect(errorReason(new Error('\n\nSomething broke\nat line 3'))).toBe('Something broke');
    expect(errorReason('plain text')).toBe('plain text');
  });
});
