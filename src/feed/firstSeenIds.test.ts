import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { FirstSeenIds } from './firstSeenIds';

/** What the table must answer: the first position of each id, as a Map would. */
function firstPositions(ids: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return ids.map((id, at) => {
    const earlier = seen.get(id);
    if (earlier !== undefined) return earlier;
    seen.set(id, at);
    return -1;
  });
}

describe('FirstSeenIds', () => {
  test('answers the first position of a repeated id, -1 for a new one', () => {
    const ids = ['a', 'b', 'a', 'c', 'b', 'a'];
    const table = new FirstSeenIds((at) => ids[at]!);
    expect(ids.map((id, at) => table.add(id, at))).toEqual([-1, -1, 0, -1, 1, 0]);
  });

  test('keeps ids apart that differ only past the first characters, across many growths', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `evt-${i}`);
    const table = new FirstSeenIds((at) => ids[at]!);
    expect(ids.map((id, at) => table.add(id, at)).every((v) => v === -1)).toBe(true);
    expect(table.add('evt-19999', 99)).toBe(19_999);
    expect(table.add('evt-20000', 99)).toBe(-1);
  });

  property.prop([fc.array(fc.string({ maxLength: 4 }), { maxLength: 400 })])('agrees with a Map on any ids, repeats included', (ids) => {
    const table = new FirstSeenIds((at) => ids[at]!);
    expect(ids.map((id, at) => table.add(id, at))).toEqual(firstPositions(ids));
  });

  test('ids crafted to collide hand the table to a Map instead of going quadratic, and answers stay right', () => {
    const ids = Array.from({ length: 3_000 }, (_, i) => `x${i % 2_000}`);
    const table = new FirstSeenIds((at) => ids[at]!, 0, () => 42);
    expect(ids.map((id, at) => table.add(id, at))).toEqual(firstPositions(ids));
    expect(table.usesMap).toBe(true);
  });

  property.prop([fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 }), fc.nat(400)])('agrees with a Map whatever number of ids it was sized for', (ids, expected) => {
    const table = new FirstSeenIds((at) => ids[at]!, expected);
    expect(ids.map((id, at) => table.add(id, at))).toEqual(firstPositions(ids));
  });

  test('a table that hands over to a Map part-way keeps the first position of ids seen before', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `y${i % 70}`);
    const table = new FirstSeenIds((at) => ids[at]!, 0, (id) => (id < 'y5' ? 7 : id.length));
    expect(ids.map((id, at) => table.add(id, at))).toEqual(firstPositions(ids));
    expect(table.usesMap).toBe(true);
  });
});
