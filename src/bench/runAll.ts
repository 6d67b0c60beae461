export {};

// `npm run bench`: every benchmark, each reporting ratios against a baseline measured in the same run.
// Not part of `npm test`: it takes minutes and its numbers are for people, not for pass/fail.
const suites: (() => Promise<void> | void)[] = [
  // @bench-suites: add `async () => (await import('./<name>.bench')).run()` here
  async () => (await import('./accessHeatmap.bench')).run(),
  async () => (await import('./incidentTimeline.bench')).run(),
  async () => (await import('./exportVolume.bench')).run(),
  async () => (await import('./accountDrilldown.bench')).run(),
];

for (const suite of suites) await suite();
