import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import './setupCore'; // the property tests' fixed seed, shared with the core project
import { server } from '../../mocks/node';
import { setAnalysisClient, createInThreadClient } from '../worker/analysisClient';
import { resetLocalFeedStore } from '../state/localFeedStore';
import { configHandler } from './configHandlers';

// The app answers through a worker-shaped async client; on two shared cores under load a view can take over the
// default second to appear. Three seconds still fails fast on a view that never comes.
configure({ asyncUtilTimeout: 3_000 });

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
