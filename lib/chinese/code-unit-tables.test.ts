import { describe, expect, it } from 'vitest';
import { StretchTable } from './code-unit-tables';

describe('StretchTable', () => {
  it('finds a stretch of any text by what it reads, not by where it sits', () => {
    const source = '中国 中国人 人民';
    const table = new StretchTable(source);
    table.set(0, 2, 7);
    table.set(3, 6, 0);
    expect(table.get('【中国】', 1, 3)).toBe(7);
    expect(table.get('中国人', 0, 3)).toBe(0);
    expect(table.get('中国人', 0, 1)).toBe(-1);
    expect(table.get('人民', 0, 2)).toBe(-1);
    table.set(4, 6, 3);
    expect(table.get('人民中国', 2, 4)).toBe(7);
    expect(table.get('外国人', 1, 3)).toBe(3);
    expect(table.get('国人民', 0, 3)).toBe(-1);
  });

  it('keeps every key through its growth, and again when filled from another table in that one’s order', () => {
    const words: string[] = [];
    for (let first = 0x4e00; first < 0x4e00 + 400; first++) {
      for (let second = 0x6000; second < 0x6000 + 200; second += 3) words.push(String.fromCharCode(first, second, first ^ second));
    }
    const source = words.join('');
    const first = new StretchTable(source);
    words.forEach((_, index) => first.set(index * 3, index * 3 + 3, index));
    const second = new StretchTable(source);
    first.forEach((start, end, value) => second.set(start, end, value + 1));
    words.forEach((word, index) => {
      expect(first.get(word, 0, 3)).toBe(index);
      expect(second.get(word, 0, 3)).toBe(index + 1);
    });
    let keys = 0;
    second.forEach(() => (keys += 1));
    expect(keys).toBe(words.length);
    expect(second.get('丁丁丁', 0, 3)).toBe(-1);
  });
});
