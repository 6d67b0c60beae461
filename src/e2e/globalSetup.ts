import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server over dist/, without a trailing slash. */
    baseUrl: string;
  }
}

// e2e tests the build that ships, so it never builds by itself: `npm test` and `npm run test:e2e` build first,
// and a stale or missing dist/ should be a loud, obvious failure rather than a silent rebuild.
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = join(project.config.root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`e2e: ${join(dist, 'index.html')} is missing: run vite build first (npm run test:e2e does both).`);
  }
  const server = await startStaticServer(dist);
  project.provide('baseUrl', server.url);
  return server.close;
}
