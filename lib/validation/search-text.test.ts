import { describe, expect, it } from 'vitest';
import { cleanSearchText } from './search-text';

describe('cleanSearchText', () => {
  it('keeps ordinary searches as they are, trimmed', () => {
    expect(cleanSearchText(' 重大 ')).toBe('重大');
    expect(cleanSearchText('zhòngdà')).toBe('zhòngdà');
    expect(cleanSearchText('100% (a_b) \\m [x]')).toBe('100% (a_b) \\m [x]');
  });

  it('removes NUL and the other control characters', () => {
    expect(cleanSearchText('\u0000')).toBe('');
    expect(cleanSearchText('a\u0000b')).toBe('ab');
    expect(cleanSearchText('zhong\u0001da\u007f\u009f')).toBe('zhongda');
  });

  it('turns tabs and line breaks into spaces', () => {
    expect(cleanSearchText('great\tsignificant\r\nmajor')).toBe('great significant major');
  });

  it('removes lone surrogate halves and replacement characters, keeping whole characters outside the BMP', () => {
    expect(cleanSearchText('a\uD800b\uDC00c\uFFFD')).toBe('abc');
    expect(cleanSearchText('𠮷野')).toBe('𠮷野');
  });

  it('keeps at most the given number of characters without splitting one', () => {
    expect(cleanSearchText('重'.repeat(500))).toBe('重'.repeat(100));
    expect(cleanSearchText('𠮷'.repeat(3), 2)).toBe('𠮷𠮷');
  });

  it('gives an empty search for a missing or repeated parameter', () => {
    expect(cleanSearchText(undefined)).toBe('');
    expect(cleanSearchText(['a', 'b'])).toBe('');
  });
});
