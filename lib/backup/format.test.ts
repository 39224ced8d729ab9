import { describe, expect, it } from 'vitest';
import { CardState, CardStatus, NewCardOrder, Prisma } from '@/lib/generated/prisma/client';
import { checkRow, DERIVED, SECTIONS, serializeRow } from './format';

const section = (name: string) => SECTIONS.find((candidate) => candidate.name === name)!;

describe('the backup format', () => {
  it('has a section for every table, with every column: a new column must be added here or it would be lost', () => {
    expect([...SECTIONS.map((entry) => entry.table), ...DERIVED.tables].sort()).toEqual(Object.values(Prisma.ModelName).sort());
    for (const entry of SECTIONS) {
      const columns = Object.values((Prisma as unknown as Record<string, Record<string, string>>)[`${entry.table}ScalarFieldEnum`]);
      expect([...Object.keys(entry.columns), ...(DERIVED.columns[entry.table] ?? [])].sort(), entry.table).toEqual([...columns].sort());
    }
  });

  it('knows every value of the enums', () => {
    const values = (name: string, column: string) => (section(name).columns[column].schema as unknown as { options: string[] }).options;
    expect(values('cards', 'state')).toEqual(Object.values(CardState));
    expect(values('cards', 'status')).toEqual(Object.values(CardStatus));
    expect(values('users', 'newCardOrder')).toEqual(Object.values(NewCardOrder));
  });

  it('writes a row with its columns in the section’s order and times as ISO strings', () => {
    const row = { reviewLogId: 7, userId: 1, undoneAt: new Date('2026-03-10T01:02:03.456Z'), requestId: 'r-1' };
    expect(serializeRow(section('undoneReviews'), row)).toBe('{"reviewLogId":7,"requestId":"r-1","userId":1,"undoneAt":"2026-03-10T01:02:03.456Z"}');
  });

  it('accepts a row it wrote and says which column of a bad row is wrong', () => {
    const row = { reviewLogId: 7, requestId: 'r-1', userId: 1, cardId: 3, undoneAt: '2026-03-10T01:02:03.456Z' };
    expect(checkRow(section('undoneReviews'), row)).toEqual({ ok: true, row });
    // Written before undone reviews kept their card.
    const { cardId: _card, ...older } = row;
    expect(checkRow(section('undoneReviews'), older)).toEqual({ ok: true, row: { ...older, cardId: null } });
    expect(checkRow(section('undoneReviews'), { ...row, userId: 0 })).toMatchObject({ ok: false, message: expect.stringMatching(/^"userId": /) });
    expect(checkRow(section('undoneReviews'), { ...row, undoneAt: 'yesterday' })).toMatchObject({ ok: false, message: expect.stringMatching(/^"undoneAt": /) });
    expect(checkRow(section('undoneReviews'), { ...row, extra: 1 })).toMatchObject({ ok: false });
    expect(checkRow(section('undoneReviews'), [1, 2])).toMatchObject({ ok: false, message: expect.stringMatching(/^the row: /) });
    const { requestId: _, ...withoutRequest } = row;
    expect(checkRow(section('undoneReviews'), withoutRequest)).toMatchObject({ ok: false, message: expect.stringMatching(/^"requestId": /) });
  });

  it('reads a card of a backup written before cards told who suspended them as suspended by the learner', () => {
    const card = {
      id: 3, userId: 1, wordId: 2, kind: 'SENTENCE', sentenceId: 5, status: 'SUSPENDED', retiredFrom: null, state: 'REVIEW',
      due: '2026-03-10T01:02:03.456Z', stability: 3.5, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2,
      lapses: 0, lastReview: '2026-03-09T01:02:03.456Z', version: 4, queuedAt: null, createdAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-09T01:02:03.456Z',
    };
    expect(checkRow(section('cards'), card)).toMatchObject({ ok: true, row: { suspendedWithAll: false } });
    expect(checkRow(section('cards'), { ...card, suspendedWithAll: true })).toMatchObject({ ok: true, row: { suspendedWithAll: true } });
    expect(checkRow(section('cards'), { ...card, suspendedWithAll: 'yes' })).toMatchObject({ ok: false, message: expect.stringMatching(/^"suspendedWithAll": /) });
  });

  it('refuses meanings and card snapshots the app could not show or undo', () => {
    const words = section('words');
    const word = {
      id: 1, hanzi: '词', pinyin: 'cí', pinyinPlain: 'ci', pinyinMarkedKey: 'ci2', glossary: 'word', inDictionary: true,
      isFunctionWord: false, isName: false, replacedBy: null, frequency: 1, studyRank: 1, hskLevel: null, generalRank: 1204,
    };
    expect(checkRow(words, { ...word, meanings: [{ pinyin: 'cí', definitions: ['word'], note: 'x' }] }).ok).toBe(true);
    expect(checkRow(words, { ...word, meanings: [{ pinyin: 'cí', definitions: 'word' }] })).toMatchObject({ ok: false, message: expect.stringMatching(/^"meanings\.0\.definitions": /) });
    expect(checkRow(words, { ...word, meanings: 'word' }).ok).toBe(false);
  });
});
