import { describe, expect, test } from 'vitest';
import { decodeFeedBytes, findInvalidUtf8 } from './decodeFeedBytes';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('findInvalidUtf8 agrees with the WHATWG decoder on where and how many', () => {
  test.each([
    ['valid ASCII and multi-byte text', bytes('admin é € 😀'), null],
    ['a stray continuation byte', bytes('ab', [0x80], 'c'), { first: 2, count: 1 }],
    ['0xFF', bytes('adm', [0xff], 'in'), { first: 3, count: 1 }],
    ['an overlong "/"', bytes('a', [0xc0, 0xaf]), { first: 1, count: 2 }],
    ['a UTF-8-encoded lone surrogate (U+D800)', bytes('a', [0xed, 0xa0, 0x80], 'b'), { first: 1, count: 3 }],
    ['above U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), { first: 0, count: 4 }],
    ['a sequence cut short by the end of the file', bytes('x', [0xe2, 0x82]), { first: 1, count: 1 }],
    ['two bad places', bytes([0xff], 'ok', [0xfe]), { first: 0, count: 2 }],
  ])('%s', (_name, input, expected) => {
    expect(findInvalidUtf8(input)).toEqual(expected);
    // The count is the number of U+FFFD the lenient decoder writes, so the warning matches what is shown.
    const replaced = [...new TextDecoder().decode(input)].filter((c) => c === '\uFFFD').length;
    expect(replaced).toBe(expected?.count ?? 0);
  });
});

describe('decodeFeedBytes', () => {
  test('valid UTF-8 decodes with no warning, and a UTF-8 BOM is dropped', () => {
    expect(decodeFeedBytes(bytes([0xef, 0xbb, 0xbf], '[{"a":"é"}]'))).toEqual({ ok: true, text: '[{"a":"é"}]', warnings: [] });
  });

  test('invalid bytes are read as U+FFFD with a warning naming the byte offset and line', () => {
    const result = decodeFeedBytes(bytes('{"a":1}\n{"account":"adm', [0xff], 'in"}\n{"x":"', [0xfe], '"}'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('adm\uFFFDin');
    expect(result.warnings).toEqual([{ where: 'byte 23 (line 2)', why: expect.stringMatching(/invalid UTF-8 \(0xFF\).*U\+FFFD.*2 invalid sequences/) }]);
  });

  test.each([
    ['little-endian', [0xff, 0xfe]],
    ['big-endian', [0xfe, 0xff]],
  ])('a %s UTF-16 file is refused as a whole, saying what it is', (_name, bom) => {
    const result = decodeFeedBytes(bytes(bom, [0x5b, 0x00, 0x5d, 0x00]));
    expect(result).toEqual({ ok: false, error: { where: 'byte 0', why: expect.stringMatching(/UTF-16.*UTF-8/) } });
  });

  test('takes an ArrayBuffer as the worker receives it', () => {
    expect(decodeFeedBytes(bytes('[]').buffer)).toMatchObject({ ok: true, text: '[]' });
  });
});
