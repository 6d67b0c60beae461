import { writeReport } from './report';

// `npm run bench`: every benchmark, each reporting ratios against a baseline measured in the same run.
// Not part of `npm test`: it takes minutes and its numbers are for people, not for pass/fail.
// `npm run bench -- ingest bundle` runs only the suites whose names contain one of the words.
type Suite = { name: string; load: () => Promise<{ run: () => Promise<void> | void }> };
const bench = (name: string, load: Suite['load']): Suite => ({ name, load });

const suites: Suite[] = [
  // @bench-suites: add `bench('<name>', () => import('./<name>.bench')),` here
  bench('ingest', () => import('./ingest.bench')),
  bench('naive', () => import('./naive.bench')),
  bench('accessHeatmap', () => import('./accessHeatmap.bench')),
  bench('incidentTimeline', () => import('./incidentTimeline.bench')),
  bench('exportVolume', () => import('./exportVolume.bench')),
  bench('accountDrilldown', () => import('./accountDrilldown.bench')),
  bench('bundle', () => import('./bundle.bench')),
  bench('hourlyScale', () => import('./hourlyScale.bench')),
  bench('chromiumRender', () => import('./chromiumRender.bench')),
  bench('lighthouse', () => import('./lighthouse.bench')),
];

const words = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen = suites.filter((suite) => words.length === 0 || words.some((word) => suite.name.toLowerCase().includes(word)));
if (chosen.length === 0) {
  console.error(`no suite matches ${words.join(', ')}; the suites: ${suites.map((suite) => suite.name).join(', ')}`);
  process.exit(2);
}

for (const suite of chosen) {
  try {
    await (await suite.load()).run();
  } catch (error) {
    // One broken suite should not cost the figures of the others, but the run must not look clean.
    console.error(`\n${suite.name} failed:`, error);
    process.exitCode = 1;
  }
}
console.log(`\nreport: ${writeReport()} (and latest.json beside it)`);
