import fc from 'fast-check';

// The pure layers' tests (feed, analysis, ATT&CK, CLI, worker, demo generator) run in Node without jsdom, testing-library
// or the mock server: no DOM is what the worker and the CLI have too, and a jsdom per file was most of the unit
// suite's time. Property tests run from the same fixed seed as in setup.ts, so a red run can be replayed.
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261125), numRuns: Number(process.env.FUZZ_RUNS ?? 100) });
