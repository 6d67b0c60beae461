import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findJsonError } from './findJsonError';

describe('findJsonError', () => {
  test.each([
    ['{"a": 1}', -1],
    ['[1, 2, {"b": [true, null, "x\\u00e9"]}]', -1],
    ['{"id": oops}', 7],
    ['[1,\n 2,,]', 7],
    ['{"a": 1', 7],
    ['{"a" 1}', 5],
    ['[1] [2]', 4],
    ['"unterminated', 13],
    ['[01]', 2],
  ])('%j → %i', (text, offset) => {
    expect(findJsonError(text)).toBe(offset);
  });

  test('100,000-deep nesting does not overflow', () => {
    expect(findJsonError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(-1);
  });

  test.prop([fc.json()])('agrees with JSON.parse on valid JSON', (text) => {
    expect(findJsonError(text)).toBe(-1);
  });

  test.prop([fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', ':', 'x', '"')])('finds an error wherever JSON.parse throws', (text, at, junk) => {
    const cut = at % (text.length + 1);
    const broken = text.slice(0, cut) + junk + text.slice(cut);
    let parses = true;
    try {
      JSON.parse(broken);
    } catch {
      parses = false;
    }
    expect(findJsonError(broken) === -1).toBe(parses);
  });
});
