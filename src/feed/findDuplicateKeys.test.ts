import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { countKeyMarks, findDuplicateKeys, mayRepeatKeys, spaceBeforeColon } from './findDuplicateKeys';

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

  test.each(['', '"', ':', '":', 'x":', '"":":""', '{"a":1,"é€😀":"\\":"}', '::""::'])('%j: as often as in the text', (text) => {
    expect(countKeyMarks(utf8(text))).toBe(inText(text));
  });

  property.prop([fc.array(fc.constantFrom('"', ':', 'a', 'é', '😀', ' '), { maxLength: 60 }).map((cs) => cs.join(''))])('agrees with the text on any mix of quotes, colons and multi-byte characters', (text) => {
    expect(countKeyMarks(utf8(text))).toBe(inText(text));
  });

  property.prop([fc.json(), fc.nat()])('summed over chunks cut anywhere, with the byte before each, gives the whole count', (text, cut) => {
    const bytes = utf8(text);
    const at = bytes.length === 0 ? 0 : cut % (bytes.length + 1);
    expect(countKeyMarks(bytes.subarray(0, at)) + countKeyMarks(bytes.subarray(at), bytes[at - 1] ?? 0)).toBe(inText(text));
  });

  test('a count given by the caller is the one the cheap test uses', () => {
    const text = '{"a":1,"a":2}';
    expect(mayRepeatKeys(text, JSON.parse(text), () => countKeyMarks(utf8(text)))).toBe(true);
    expect(mayRepeatKeys(text, JSON.parse(text), () => 1)).toBe(false);
  });
});

test('whitespace before a colon is found within a piece of text and across from the piece before', () => {
  expect(spaceBeforeColon('{"a" :1}', 0)).toBe(true);
  expect(spaceBeforeColon('{"a":1}', 0)).toBe(false);
  expect(spaceBeforeColon(':1}', 0x0a)).toBe(true);
  expect(spaceBeforeColon(':1}', 0x22)).toBe(false);
});
