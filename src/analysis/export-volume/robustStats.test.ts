import { expect, test } from 'vitest';
import { MAD_TO_SD, Pool, robustP99, Z_P99 } from './robustStats';

const poolOf = (values: number[]) => {
  const pool = new Pool();
  for (const v of values) pool.push(v);
  return pool;
};

test.each([
  ['a plain series', [1, 2, 3, 4, 100], 3, 1 * MAD_TO_SD],
  ['mostly silent: median and MAD collapse to zero', [0, 0, 0, 5, 9], 0, 0],
  ['half silent: the MAD is as wide as the level', [0, 0, 0, 8, 8, 8], 4, 4 * MAD_TO_SD],
  ['empty', [], 0, 0],
])('median and MAD of %s (zeros counted, not stored)', (_name, values, median, scale) => {
  const stats = poolOf(values).medianMad();
  expect(stats.median).toBeCloseTo(median);
  expect(stats.scale).toBeCloseTo(scale);
  expect(stats.n).toBe(values.length);
});

test('quantiles interpolate across the counted zeros', () => {
  expect(poolOf([0, 0, 0, 10]).quantile(0.5)).toBe(0);
  expect(poolOf([0, 0, 0, 10]).quantile(1)).toBe(10);
  expect(poolOf([0, 10]).quantile(0.5)).toBe(5);
});

test('mean and sd include the zeros', () => {
  const { mean, sd } = poolOf([0, 0, 6, 6]).meanSd();
  expect([mean, sd]).toEqual([3, 3]);
});

test('the pool grows past its first buffer and resets', () => {
  const pool = poolOf(Array.from({ length: 1_000 }, (_, i) => i + 1));
  expect(pool.medianMad().median).toBe(500.5);
  expect(pool.reset().size).toBe(0);
});

test('a robust P99 is not lifted by one outlying peer', () => {
  const peers = [10, 10.2, 9.9, 10.1, 10, 16];
  const { p99, median } = robustP99(poolOf(peers), 0.5);
  expect(Math.log1p(median)).toBeCloseTo(10.05, 1);
  expect(Math.log1p(p99)).toBeCloseTo(10.05 + Z_P99 * 0.5, 1);
});
