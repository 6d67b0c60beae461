import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { collectPageErrors, launchChromium, waitForApp } from './browser';
import { shotRoutes, shotViewports } from './routes';
import { startStaticServer } from './staticServer';

// `npm run shots`: screenshots of the built app for review. Not a test (nothing is compared), but a page
// that threw is reported and fails the run, because a screenshot of a broken page is worse than none.

const projectRoot = resolve(import.meta.dirname, '../..');
const dist = join(projectRoot, 'dist');
const outDir = join(projectRoot, 'shots');

if (!existsSync(join(dist, 'index.html'))) {
  console.error('shots: dist/index.html is missing: run vite build first (npm run shots does both).');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const server = await startStaticServer(dist);
const chromium = await launchChromium();
const written: string[] = [];
let failed = false;
try {
  for (const route of shotRoutes) {
    for (const viewport of shotViewports) {
      // A fresh page per shot: the layout is measured at the right size from the first paint.
      const page = await chromium.newPage();
      const errors = collectPageErrors(page);
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/${route.query}`);
      await waitForApp(page);
      const file = join(outDir, `${route.name}-${viewport.width}x${viewport.height}.png`);
      // Frozen animations (wall rotation, chart transitions) so the same build gives the same pixels.
      await page.screenshot({ path: file, animations: 'disabled' });
      written.push(relative(projectRoot, file));
      if (errors.length > 0) {
        failed = true;
        console.error(`shots: ${route.name} at ${viewport.width}x${viewport.height} reported errors:`);
        for (const error of errors) console.error(`  ${error}`);
      }
      await page.close();
    }
  }
} finally {
  await chromium.close();
  await server.close();
}

for (const file of written) console.log(file);
if (failed) process.exitCode = 1;
