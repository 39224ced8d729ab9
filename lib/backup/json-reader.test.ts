import { describe, expect, it } from 'vitest';
import { BackupFileError, readTopLevelObject, type TopLevelEvent } from './json-reader';

const LIMITS = { maxItemChars: 1_000, maxValueChars: 100 };

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function events(text: string, size = text.length || 1, limits = LIMITS): Promise<TopLevelEvent[]> {
  const seen: TopLevelEvent[] = [];
  for await (const event of readTopLevelObject(chunked(text, size), limits)) seen.push(event);
  return seen;
}

const SAMPLE = '{"format":"ciku-backup","version":1,\n"users":[\n{"id":1,"name":"a \\"quoted\\" {name} [x]","steps":["1m"]},\n{"id":2,"name":null}\n],\n"empty":[],"last":-1.5e3}\n';
const EXPECTED: TopLevelEvent[] = [
  { kind: 'value', key: 'format', value: 'ciku-backup' },
  { kind: 'value', key: 'version', value: 1 },
  { kind: 'array-start', key: 'users' },
  { kind: 'item', key: 'users', index: 0, value: { id: 1, name: 'a "quoted" {name} [x]', steps: ['1m'] }, chars: 56 },
  { kind: 'item', key: 'users', index: 1, value: { id: 2, name: null }, chars: 20 },
  { kind: 'array-end', key: 'users', count: 2 },
  { kind: 'array-start', key: 'empty' },
  { kind: 'array-end', key: 'empty', count: 0 },
  { kind: 'value', key: 'last', value: -1500 },
];

describe('reading a backup one row at a time', () => {
  it('gives the fields in order and arrays element by element, wherever the chunks break', async () => {
    for (let size = 1; size <= SAMPLE.length; size++) expect(await events(SAMPLE, size), `chunks of ${size}`).toEqual(EXPECTED);
  });

  it('accepts any layout of whitespace', async () => {
    const pretty = JSON.stringify(JSON.parse(SAMPLE), null, 2);
    const anyLength = EXPECTED.map((event) => (event.kind === 'item' ? { ...event, chars: expect.any(Number) } : event));
    expect(await events(pretty, 7)).toEqual(anyLength);
    expect(await events('{}')).toEqual([]);
    expect(await events(' { "a" : [ ] } ')).toEqual([{ kind: 'array-start', key: 'a' }, { kind: 'array-end', key: 'a', count: 0 }]);
  });

  it('refuses what is not a JSON object, a file that stops early and text after the end', async () => {
    const refusals: [string, RegExp][] = [
      ['', /empty/],
      ['   \n', /empty/],
      ['[1,2]', /does not start with a JSON object/],
      ['{"a":', /ends in the middle/],
      ['{"a":[{"id":1},', /ends in the middle/],
      ['{"a":[{"id":1', /ends in the middle/],
      ['{"a":"text', /ends in the middle/],
      ['{"a":1', /ends in the middle/],
      ['{"a":1}{', /more text after the end of the backup at character 8/],
      ['{"a" 1}', /expected “:” at character 6, found “1”/],
      ['{"a":[1 2]}', /expected “,” or “\]”/],
      ['{a:1}', /cannot be read/],
      ['{"a":[{"id":01}]}', /row 1 of “a” at character 7 cannot be read/],
      ['{"a":,}', /expected the value of “a”/],
      ['{1:2}', /expected a field name in quotes/],
    ];
    for (const [text, message] of refusals) {
      for (const size of [1, 3, 1000]) {
        const error = await events(text, size).catch((caught: unknown) => caught);
        expect(error, `${JSON.stringify(text)} in chunks of ${size}`).toBeInstanceOf(BackupFileError);
        expect((error as Error).message, JSON.stringify(text)).toMatch(message);
      }
    }
  });

  it('refuses a row or a value over its limit as soon as it passes it, without reading the rest', async () => {
    let read = 0;
    async function* endless(): AsyncGenerator<string> {
      yield '{"rows":[{"text":"';
      for (;;) {
        read++;
        yield 'x'.repeat(100);
      }
    }
    const reading = (async () => {
      for await (const _ of readTopLevelObject(endless(), LIMITS)) void _;
    })();
    await expect(reading).rejects.toThrow(/Row 1 of “rows” at character 10 is longer than 1,000 characters/);
    expect(read).toBeLessThan(20);
    await expect(events(`{"${'k'.repeat(200)}":1}`)).rejects.toThrow(/A field name at character 2 is longer than 100 characters/);
    await expect(events(`{"a":"${'v'.repeat(200)}"}`, 16)).rejects.toThrow(/The value of “a” .* is longer than 100/);
  });
});
