import { expect, test } from 'vitest';
import { lttbIndices } from './lttb';

const range = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

test('fewer points than the threshold come back whole', () => {
  expect(Array.from(lttbIndices(range(5), range(5), 10))).toEqual([0, 1, 2, 3, 4]);
});

test('keeps the first and last point and exactly the threshold, in order', () => {
  const picked = lttbIndices(range(10_000), Float64Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 50)), 2_000);
  expect(picked.length).toBe(2_000);
  expect(picked[0]).toBe(0);
  expect(picked.at(-1)).toBe(9_999);
  expect(picked.every((v, i) => i === 0 || v > picked[i - 1]!)).toBe(true);
});

test('a single-hour spike survives downsampling (an average would flatten the dump)', () => {
  const y = new Float64Array(8_760);
  y[5_000] = 2_400_000;
  const picked = lttbIndices(range(8_760), y, 500);
  expect(Array.from(picked)).toContain(5_000);
});
