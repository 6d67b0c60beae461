/** 1.4826·MAD estimates the standard deviation of normally distributed data while ignoring the outliers. */
export const MAD_TO_SD = 1.4826;

/**
 * The value at sorted position `k` of the multiset "the first `n` values of `sorted`, plus `blockCount` copies of
 * `blockValue`". Pools of role peers are mostly silent hours, so the zeros are counted, never materialised.
 */
function at(sorted: Float64Array, n: number, blockValue: number, blockCount: number, k: number): number {
  // Values below the block come first, then the block, then the rest.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < blockValue) lo = mid + 1;
    else hi = mid;
  }
  const below = lo;
  if (k < below) return sorted[k]!;
  if (k < below + blockCount) return blockValue;
  return sorted[k - blockCount]!;
}

function quantileOf(sorted: Float64Array, n: number, blockValue: number, blockCount: number, q: number): number {
  const total = n + blockCount;
  if (total <= 0) return 0;
  const pos = (total - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(total - 1, lo + 1);
  const a = at(sorted, n, blockValue, blockCount, lo);
  return a + (at(sorted, n, blockValue, blockCount, hi) - a) * (pos - lo);
}

export interface CenterScale {
  median: number;
  /** 1.4826·MAD: zero when more than half the values are equal (a series that is mostly silent). */
  scale: number;
  /** Values in the window, silent ones included. */
  n: number;
}

export interface MeanSd {
  mean: number;
  sd: number;
  n: number;
}

/**
 * A reusable pool of values plus a count of zeros. The buffers grow and are reused, so the thousands of small
 * windows a feed needs do not allocate; statistics sort the values in place.
 */
export class Pool {
  private values = new Float64Array(256);
  private deviations = new Float64Array(256);
  n = 0;
  zeros = 0;

  reset(): this {
    this.n = 0;
    this.zeros = 0;
    return this;
  }

  push(value: number): void {
    if (value === 0) {
      this.zeros++;
      return;
    }
    if (this.n === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
      this.deviations = new Float64Array(grown.length);
    }
    this.values[this.n++] = value;
  }

  get size(): number {
    return this.n + this.zeros;
  }

  private sorted(): Float64Array {
    return this.values.subarray(0, this.n).sort();
  }

  quantile(q: number): number {
    return quantileOf(this.sorted(), this.n, 0, this.zeros, q);
  }

  medianMad(): CenterScale {
    const size = this.size;
    if (size === 0) return { median: 0, scale: 0, n: 0 };
    const values = this.sorted();
    const median = quantileOf(values, this.n, 0, this.zeros, 0.5);
    for (let i = 0; i < this.n; i++) this.deviations[i] = Math.abs(values[i]! - median);
    const deviations = this.deviations.subarray(0, this.n).sort();
    // Each zero lies `median` away from the median.
    return { median, scale: MAD_TO_SD * quantileOf(deviations, this.n, median, this.zeros, 0.5), n: size };
  }

  meanSd(): MeanSd {
    const size = this.size;
    if (size === 0) return { mean: 0, sd: 0, n: 0 };
    let sum = 0;
    for (let i = 0; i < this.n; i++) sum += this.values[i]!;
    const mean = sum / size;
    let squares = this.zeros * mean * mean;
    for (let i = 0; i < this.n; i++) squares += (this.values[i]! - mean) ** 2;
    return { mean, sd: Math.sqrt(squares / size), n: size };
  }
}

/** z of the normal distribution's 99th percentile. */
export const Z_P99 = 2.326;

/**
 * A P99 that one outlier cannot lift: median + 2.326 robust σ of log1p values (MAD floored), back in the values'
 * units. With seven peers an empirical P99 would be the largest peer, which may be the other compromised account.
 */
export function robustP99(pool: Pool, floor: number): { p99: number; median: number } {
  const { median, scale } = pool.medianMad();
  return { p99: Math.expm1(median + Z_P99 * Math.max(scale, floor)), median: Math.expm1(median) };
}
