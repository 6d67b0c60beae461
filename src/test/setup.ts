import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import fc from 'fast-check';
import { server } from '../../mocks/node';
import { setAnalysisClient, createInThreadClient } from '../worker/analysisClient';
import { resetLocalFeedStore } from '../state/localFeedStore';
import { configHandler } from './configHandlers';

// Property tests in `npm test` run from a fixed seed, so a red run can be replayed; `npm run fuzz` explores further.
// The app answers through a worker-shaped async client; on two shared cores under load a view can take over the
// default second to appear. Three seconds still fails fast on a view that never comes.
configure({ asyncUtilTimeout: 3_000 });

fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261125), numRuns: Number(process.env.FUZZ_RUNS ?? 100) });

// recharts' ResponsiveContainer measures with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  server.use(configHandler);
  // A fresh in-thread service per test: no feed leaks from one test into the next.
  setAnalysisClient(createInThreadClient());
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetLocalFeedStore();
  history.replaceState(null, '', '/');
  delete document.documentElement.dataset.analysis;
});
afterAll(() => server.close());
