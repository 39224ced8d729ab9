import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularyReport } from './report';

describe('the vocabulary report on the seed article', () => {
  const report = vocabularyReport(fs.readFileSync('prisma/seed/000_145fa75775678c09.txt', 'utf8'));

  it('has a meaning on every card and no first sense a learner should not meet first', () => {
    expect(report.withoutMeaning).toEqual([]);
    expect(report.flaggedFirst).toEqual([]);
    expect(report.withDictionaryMeaning + report.withComposedMeaning).toBe(report.cards + report.names);
  });

  it('leaves no fragment: no two neighbouring cards that are one dictionary word', () => {
    expect(report.fragments).toEqual([]);
  });

  it('reads 为 wéi in 以…为核心 and its like, and wèi elsewhere', () => {
    const wei = report.otherReadings.filter((use) => use.hanzi === '为');
    expect(wei.length).toBeGreaterThanOrEqual(10);
    expect(wei.every((use) => use.reading === 'wéi' && use.main === 'wèi')).toBe(true);
  });
});
