import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { findDuplicateKeys, mayRepeatKeys, scanKeyMarks } from './findDuplicateKeys';

describe('findDuplicateKeys', () => {
  test.each([
    ['no repeats', '{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}', []],
    ['a repeat at the top', '{"a":1,"b":2,"a":3}', [{ path: [], key: 'a' }]],
    ['a repeat inside an array element', '[{"id":"x"},{"id":"y","id":"z"}]', [{ path: [1], key: 'id' }]],
    ['a repeat deep in an envelope', '{"events":[{},{"rule":{"id":"r","id":"s"}}]}', [{ path: ['events', 1, 'rule'], key: 'id' }]],
    ['an escaped spelling of the same key', '{"account":"admin","\\u0061ccount":"mallory"}', [{ path: [], key: 'account' }]],
    ['keys that only look alike stay apart', '{"a\\"b":1,"a":2,"a\\\\":3,"ab":4}', []],
    ['braces and quotes inside strings are text', '{"k":"{\\"k\\":1,\\"k\\":2}","m":"[,,]"}', []],
    ['siblings may share keys', '[{"a":1},{"a":1}]', []],
    ['one report per object', '{"a":1,"a":2,"a":3}', [{ path: [], key: 'a' }]],
  ])('%s', (_name, text, expected) => {
    JSON.parse(text); // the scanner is only ever given valid JSON
    expect(findDuplicateKeys(text).map(({ path, key }) => ({ path, key }))).toEqual(expected);
  });

  test('reports the offset of the repeated key', () => {
    const text = '{"a":1,"a":2}';
    expect(findDuplicateKeys(text)[0]?.offset).toBe(text.lastIndexOf('"a"'));
  });

  test('an object with 50,000 keys of one length is checked in linear time, and a late repeat is still found', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `"k${String(i).padStart(6, '0')}":0`);
    const text = `{${keys.join(',')},"k000007":1}`;
    const started = performance.now();
    expect(findDuplicateKeys(text).map((d) => d.key)).toEqual(['k000007']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test('100,000-deep nesting does not overflow the stack', () => {
    const text = `${'['.repeat(100_000)}{"a":1,"a":2}${']'.repeat(100_000)}`;
    expect(findDuplicateKeys(text)[0]?.path).toHaveLength(100_000);
  });
});

describe('the cheap test for repeated keys', () => {
  test.each([
    ['{"a":1,"a":2}', true],
    ['{"a" :1, "a":2}', true],
    ['{"a":1,"b":{"a":2}}', false],
    ['{"a":"x\\":y","b":2}', true], // a string holding ": counts as a key: the full scan decides
    ['[{"a":1},{"a":1,"b":[{"c":1}]}]', false],
    ['{"\\u0061":1,"a":2}', true],
    ['{\n  "a": 1,\n  "b": 2\n}', false],
  ])('%s → may repeat keys: %s', (text, expected) => {
    expect(mayRepeatKeys(text, JSON.parse(text))).toBe(expected);
  });

  test.each([
    ['[{"a":1,"a":2}]', true],
    ['[{"a":1,"b":2}]', false],
  ])('100,000 levels of nesting around %s: may repeat keys %s, and no stack overflow', (inner, expected) => {
    const text = `${'{"x":['.repeat(100_000)}${inner}${']}'.repeat(100_000)}`;
    expect(mayRepeatKeys(text, JSON.parse(text))).toBe(expected);
  });

  property.prop([fc.json()], { numRuns: 2000 })('never says "no repeats" when findDuplicateKeys finds one', (text) => {
    if (!mayRepeatKeys(text, JSON.parse(text))) expect(findDuplicateKeys(text)).toEqual([]);
  });

  property.prop([fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.integer(), { minKeys: 1 }), fc.constantFrom('a', 'b', 'c')], { numRuns: 500 })('a repeated key written into any object is caught', (dict, key) => {
    const text = `{${JSON.stringify(dict).slice(1, -1)},${JSON.stringify(key)}:0}`;
    if (key in dict) expect(mayRepeatKeys(text, JSON.parse(text))).toBe(true);
  });
});

describe('counting key marks on the bytes', () => {
  const inText = (text: string) => text.split('":').length - 1;
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const marks = (bytes: Uint8Array, previous?: number) => scanKeyMarks(bytes, previous).marks;
  // The plain reading the word-at-a-time scan must agree with, byte by byte.
  const reference = (bytes: Uint8Array, previous: number) => {
    let count = 0;
    let spaced = false;
    bytes.forEach((c, i) => {
      const before = i === 0 ? previous : bytes[i - 1];
      if (c === 0x3a && before === 0x22) count++;
      if (c === 0x3a && (before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d)) spaced = true;
    });
    return { marks: count, spaced };
  };

  test.each(['', '"', ':', '":', 'x":', '"":":""', '{"a":1,"é€😀":"\\":"}', '::""::'])('%j: as often as in the text', (text) => {
    expect(marks(utf8(text))).toBe(inText(text));
  });

  property.prop([fc.array(fc.constantFrom('"', ':', 'a', 'é', '😀', ' '), { maxLength: 60 }).map((cs) => cs.join(''))])('agrees with the text on any mix of quotes, colons and multi-byte characters', (text) => {
    expect(marks(utf8(text))).toBe(inText(text));
  });

  property.prop([fc.json(), fc.nat()])('summed over chunks cut anywhere, with the byte before each, gives the whole count', (text, cut) => {
    const bytes = utf8(text);
    const at = bytes.length === 0 ? 0 : cut % (bytes.length + 1);
    expect(marks(bytes.subarray(0, at)) + marks(bytes.subarray(at), bytes[at - 1] ?? 0)).toBe(inText(text));
  });

  // Bytes that make the word test matter: colons, quotes and whitespace packed close, at every alignment in a buffer.
  const tricky = fc.array(fc.constantFrom(0x3a, 0x22, 0x20, 0x09, 0x0a, 0x0d, 0x61, 0x00, 0xff, 0x3b, 0x39, 0xba), { maxLength: 80 });
  property.prop([tricky, fc.nat({ max: 7 }), fc.constantFrom(0, 0x22, 0x20, 0x3a, 0x61)], { numRuns: 3000 })('reads four bytes at a time to the same answer as byte by byte, wherever the bytes start', (list, offset, previous) => {
    const buffer = new Uint8Array(offset + list.length + 3);
    buffer.set(list, offset);
    const bytes = buffer.subarray(offset, offset + list.length);
    expect(scanKeyMarks(bytes, previous)).toEqual(reference(bytes, previous));
  });

  test('whitespace before a colon is found within the bytes and across from the chunk before', () => {
    expect(scanKeyMarks(utf8('{"a" :1}')).spaced).toBe(true);
    expect(scanKeyMarks(utf8('{"abcdefg"\t:1,"b":2}')).spaced).toBe(true);
    expect(scanKeyMarks(utf8('{"a":1, "b": "c : d"}')).spaced).toBe(true);
    expect(scanKeyMarks(utf8('{"a": 1, "b": "c: d"}')).spaced).toBe(false);
    expect(scanKeyMarks(utf8(':1}'), 0x0a).spaced).toBe(true);
    expect(scanKeyMarks(utf8(':1}'), 0x22)).toEqual({ marks: 1, spaced: false });
  });

  test('a count given by the caller is the one the cheap test uses', () => {
    const text = '{"a":1,"a":2}';
    expect(mayRepeatKeys(text, JSON.parse(text), () => scanKeyMarks(utf8(text)))).toBe(true);
    expect(mayRepeatKeys(text, JSON.parse(text), () => ({ marks: 1, spaced: false }))).toBe(false);
  });

  test('whitespace before a colon the caller found sends a text with a spaced key to the full scan', () => {
    const text = '{"a" : 1, "a" : 2}';
    // Two keys JSON.parse kept one of, and no `":` at all: the count alone would say "no repeats".
    expect(mayRepeatKeys(text, JSON.parse(text), () => scanKeyMarks(utf8(text)))).toBe(true);
  });
});
