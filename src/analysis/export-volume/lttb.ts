/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013): the indices of at most `threshold` points that keep a line's
 * visual shape, spikes included (an average would flatten the very dump the chart must show). Indices rather than
 * values, so the baseline, band and other series of the same chart are picked at the same x.
 */
export function lttbIndices(x: ArrayLike<number>, y: ArrayLike<number>, threshold: number): Int32Array {
  const n = Math.min(x.length, y.length);
  if (threshold >= n || threshold < 3) return Int32Array.from({ length: n }, (_, i) => i);
  const picked = new Int32Array(threshold);
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  picked[0] = 0;
  for (let i = 0; i < threshold - 2; i++) {
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = Math.floor((i + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += x[j]!;
      avgY += y[j]!;
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;

    const start = Math.floor(i * every) + 1;
    const end = Math.floor((i + 1) * every) + 1;
    const ax = x[a]!;
    const ay = y[a]!;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((ax - avgX) * (y[j]! - ay) - (ax - x[j]!) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    picked[i + 1] = best;
    a = best;
  }
  picked[threshold - 1] = n - 1;
  return picked;
}
