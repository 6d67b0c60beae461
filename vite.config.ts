import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { feedSchemaPlugin } from './src/app/build/feedSchemaPlugin.ts';
import { contentSecurityPolicyPlugin } from './src/app/build/contentSecurityPolicy.ts';

// One config for the app and both test projects, so tests build exactly what ships.
export default defineConfig({
  base: './', // relative asset paths: the build runs from any static host and sub-path
  // The CSP goes into the built index.html only (the dev server injects styles inline); see the README's Security.
  plugins: [react(), feedSchemaPlugin(), contentSecurityPolicyPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          exclude: ['src/e2e/**'],
          setupFiles: ['src/test/setup.ts'],
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
