import type { Timing } from './harness';

/** Samples gathered one by one (page loads, clicks), summarised like `measure` does: median, min and max. */
export function timingOf(name: string, samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, median: sorted[Math.floor(sorted.length / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

export const medianOf = (samples: readonly number[]): number => timingOf('', samples).median;

export const ms = (value: number): string => `${Math.round(value).toLocaleString('en')} ms`;
