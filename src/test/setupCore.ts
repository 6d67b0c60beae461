import fc from 'fast-check';

// Setup of the `core` test project (pure layers in plain Node, see vite.config.ts), and the part setup.ts shares:
// property tests in `npm test` run from a fixed seed, so a red run can be replayed; `npm run fuzz` explores further.
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261125), numRuns: Number(process.env.FUZZ_RUNS ?? 100) });
