import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  name: string;
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface MeasureOptions {
  /**
   * Collect garbage before each run, outside the timing: one ingest of a million events leaves over a gigabyte behind,
   * whose collection would otherwise land in (and dominate) the next run, whichever side of the ratio it is on.
   */
  gc?: boolean;
}

let collector: (() => void) | undefined;

/**
 * A full garbage collection. `tsx --expose-gc` gives `globalThis.gc`; `npm run bench` runs plain `tsx`, so the flag
 * is set at run time and the function taken from a fresh context (V8 installs `gc` on contexts created after that).
 */
export function forceGc(): void {
  if (!collector) {
    if (globalThis.gc) collector = globalThis.gc;
    else {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    }
  }
  collector();
}

function timingOf(name: string, times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, median: sorted[Math.floor(sorted.length / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: sorted.length };
}

/** Runs `fn` `runs` times after one warm-up and reports milliseconds: median, min and max. */
export function measure(name: string, fn: () => unknown, runs = 5, options: MeasureOptions = {}): Timing {
  if (options.gc) forceGc();
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (options.gc) forceGc();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return timingOf(name, times);
}

/** Work to time: one step, or consecutive steps that hand each other a large value (bytes → feed → analysis). */
export interface Subject {
  /** One name per step; `fn` calls `lap()` at the end of each. */
  steps: readonly string[];
  /** With several steps: the name of the whole, timed as well. */
  total?: string;
  fn: (lap: () => void) => void;
}

/** A subject of one step. */
export const single = (name: string, fn: () => unknown): Subject => ({ steps: [name], fn: (lap) => (fn(), lap()) });

/**
 * Times several subjects in rounds, one run of each per round, after a warm-up round: a baseline and what is judged
 * against it then share the machine's load of the moment. The bench machine is shared and its load swings within a
 * minute (the parse floor measured 1.8 s and 4.8 s in one afternoon), so timing one and then the other would put
 * the swing into the ratio. The order turns each round, so neither always runs after the other's garbage.
 * Returns, per subject, a Timing per step and then one for the total (subjects of several steps only).
 */
export function measureInterleaved(subjects: readonly Subject[], runs = 5, options: MeasureOptions = {}): Timing[][] {
  const times = subjects.map((subject) => subject.steps.map((): number[] => []));
  const totals = subjects.map((): number[] => []);
  for (let round = 0; round <= runs; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const index = (k + round) % subjects.length;
      const subject = subjects[index] as Subject;
      if (options.gc) forceGc();
      const laps: number[] = [performance.now()];
      subject.fn(() => laps.push(performance.now()));
      if (laps.length !== subject.steps.length + 1) throw new Error(`${subject.steps.join(', ')}: ${laps.length - 1} laps`);
      if (round === 0) continue; // the warm-up
      subject.steps.forEach((_, s) => times[index]?.[s]?.push((laps[s + 1] ?? 0) - (laps[s] ?? 0)));
      totals[index]?.push((laps.at(-1) ?? 0) - (laps[0] ?? 0));
    }
  }
  return subjects.map((subject, i) => [
    ...subject.steps.map((name, s) => timingOf(name, times[i]?.[s] ?? [])),
    ...(subject.steps.length > 1 ? [timingOf(subject.total ?? subject.steps.join(' + '), totals[i] ?? [])] : []),
  ]);
}

/**
 * A line of the report: the machines are noisy (2 shared cores), so every figure is a ratio to a baseline
 * measured in the same run, never a bare time.
 */
export function ratioLine(timing: Timing, baseline: Timing): string {
  const r = (x: number) => (x / baseline.median).toFixed(2);
  return `${timing.name.padEnd(44)} ${r(timing.median)}× ${baseline.name} (min–max ${r(timing.min)}–${r(timing.max)}×; median ${timing.median.toFixed(0)} ms, ${timing.runs} runs)`;
}
