import { describe, expect, it } from 'vitest';
import { MAX_INT32, parseId, parsePageNumber } from './ids';

describe('parseId', () => {
  it('reads plain decimal ids up to the largest 32-bit integer', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('1000')).toBe(1000);
    expect(parseId('2147483647')).toBe(MAX_INT32);
  });

  it('refuses ids a 32-bit integer column cannot hold', () => {
    expect(parseId('2147483648')).toBeNull();
    expect(parseId('9007199254740991')).toBeNull();
    expect(parseId('9'.repeat(400))).toBeNull();
  });

  it('refuses every other way of writing a number', () => {
    for (const text of ['1e3', '0x10', '0b1', '0o7', '010', '+5', '-1', '0', '1.0', '1.', ' 1', '1 ', '١', 'Infinity', 'NaN', '', '1_000']) {
      expect(parseId(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('refuses a missing value', () => {
    expect(parseId(undefined)).toBeNull();
    expect(parseId(null)).toBeNull();
  });
});

describe('parsePageNumber', () => {
  it('reads a plain page number', () => {
    expect(parsePageNumber('1')).toBe(1);
    expect(parsePageNumber('22')).toBe(22);
  });

  it('starts at the first page when the number is missing or not a plain positive number', () => {
    for (const value of [undefined, '', '0', '-3', 'abc', '1e3', '2.5', '0x10', ['2', '3']]) {
      expect(parsePageNumber(value), JSON.stringify(value)).toBe(1);
    }
  });

  it('keeps huge page numbers within a 32-bit integer', () => {
    expect(parsePageNumber('2147483648')).toBe(MAX_INT32);
    expect(parsePageNumber('999999999999999999')).toBe(MAX_INT32);
    expect(parsePageNumber('9'.repeat(400))).toBe(MAX_INT32);
  });
});
