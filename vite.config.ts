import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { feedSchemaPlugin } from './src/app/build/feedSchemaPlugin.ts';
import { contentSecurityPolicyPlugin } from './src/app/build/contentSecurityPolicy.ts';
import { rechartsLabelEntriesPlugin } from './src/app/build/rechartsLabelEntries.ts';

// The pure layers and the demo generator, tested in Node without jsdom, testing-library or the mock server
// (src/test/setupCore.ts): a jsdom per file was most of the unit suite's time, and the worker and CLI have no DOM either.
const CORE_TESTS = ['src/{analysis,feed,attack,cli,bench,worker}/**/*.test.ts', 'mocks/**/*.test.ts'];

// One config for the app and its test projects, so tests build exactly what ships.
export default defineConfig({
  base: './', // relative asset paths: the build runs from any static host and sub-path
  // The CSP goes into the built index.html only (the dev server injects styles inline); see the README's Security.
  plugins: [react(), feedSchemaPlugin(), contentSecurityPolicyPlugin(), rechartsLabelEntriesPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/e2e/**', ...CORE_TESTS],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: CORE_TESTS,
          setupFiles: ['src/test/setupCore.ts'],
          // One module graph per worker, not per file (113 s → 44 s): these tests share no mutable module state and
          // mock nothing; the two demo-generator tests that stub a global undo it after each test.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['src/e2e/**/*.e2e.test.ts'],
          globalSetup: ['src/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
