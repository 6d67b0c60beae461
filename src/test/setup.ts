import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../../mocks/node';
import { setAnalysisClient, createInThreadClient } from '../worker/analysisClient';
import { resetLocalFeedStore } from '../state/localFeedStore';
import { configHandler } from './configHandlers';

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
