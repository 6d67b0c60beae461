import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `fn` `runs` times after one warm-up and reports milliseconds: median, min and max. */
export function measure(name: string, fn: () => unknown, runs = 5): Timing {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, max: times.at(-1) ?? 0, runs };
}

/**
 * A line of the report: the machines are noisy (2 shared cores), so every figure is a ratio to a baseline
 * measured in the same run, never a bare time.
 */
export function ratioLine(timing: Timing, baseline: Timing): string {
  const r = (x: number) => (x / baseline.median).toFixed(2);
  return `${timing.name.padEnd(44)} ${r(timing.median)}× ${baseline.name} (min–max ${r(timing.min)}–${r(timing.max)}×; median ${timing.median.toFixed(0)} ms, ${timing.runs} runs)`;
}
