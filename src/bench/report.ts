import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ratioLine, type Timing } from './harness';

/** One figure of the suite: a ratio to a baseline measured in the same run, or a plain value (bytes, a score). */
export type BenchRow =
  | { suite: string; kind: 'ratio'; name: string; baseline: string; ratio: number; min: number; max: number; medianMs: number; runs: number; note?: string }
  | { suite: string; kind: 'value'; name: string; value: number; unit: string; note?: string };

const rows: BenchRow[] = [];

/** Records `timing` as a ratio to `baseline` and prints the line. */
export function reportRatio(suite: string, timing: Timing, baseline: Timing, note?: string): void {
  console.log(ratioLine(timing, baseline) + (note ? `  ${note}` : ''));
  const b = baseline.median;
  rows.push({
    suite,
    kind: 'ratio',
    name: timing.name,
    baseline: baseline.name,
    ratio: timing.median / b,
    min: timing.min / b,
    max: timing.max / b,
    medianMs: timing.median,
    runs: timing.runs,
    ...(note ? { note } : {}),
  });
}

/** Records a figure that is not a time (gzip bytes, a Lighthouse score, a heap size) and prints it. */
export function reportValue(suite: string, name: string, value: number, unit: string, note?: string): void {
  console.log(`${name.padEnd(44)} ${value.toLocaleString('en')} ${unit}${note ? `  ${note}` : ''}`);
  rows.push({ suite, kind: 'value', name, value, unit, ...(note ? { note } : {}) });
}

const cell = (text: string) => text.replaceAll('|', '\\|');

function markdown(): string {
  const lines = [`# Breachline benchmarks`, '', `Run ${new Date().toISOString()} on Node ${process.version}. Ratios are medians (min–max) against the baseline named on the line, measured in the same run.`, ''];
  for (const suite of [...new Set(rows.map((r) => r.suite))]) {
    lines.push(`## ${suite}`, '', '| figure | result | against | note |', '|---|---|---|---|');
    for (const r of rows.filter((row) => row.suite === suite)) {
      const result = r.kind === 'ratio' ? `${r.ratio.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)}×), ${r.medianMs.toFixed(0)} ms, ${r.runs} runs` : `${r.value.toLocaleString('en')} ${r.unit}`;
      lines.push(`| ${cell(r.name)} | ${result} | ${r.kind === 'ratio' ? cell(r.baseline) : ''} | ${cell(r.note ?? '')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Writes `.bench/latest.md` and `.bench/latest.json` (git-ignored). */
export function writeReport(dir = '.bench'): string {
  mkdirSync(dir, { recursive: true });
  const md = markdown();
  writeFileSync(join(dir, 'latest.md'), md);
  writeFileSync(join(dir, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2));
  return join(dir, 'latest.md');
}
