import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';
import { reportValue } from './report';

/**
 * What the first screen downloads: the JS the built index.html loads (its module scripts and modulepreloads, and every
 * chunk those import statically), gzipped at level 9, against an app that renders one heading with React and nothing
 * else. Issue #10's budget is 250 KB gzip for the initial route; everything else should arrive per route.
 */
const BUDGET_KB = 250;
const KB = 1024;
const ROOT = resolve(import.meta.dirname, '../..');
// Inside the repository, so the React-only app resolves react from its node_modules; `.bench/` is git-ignored.
const REACT_ONLY = join(ROOT, '.bench', 'react-only');

type Output = (Rolldown.OutputChunk | Rolldown.OutputAsset)[];

const gzipKb = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length / KB;
const round = (kb: number) => Math.round(kb * 10) / 10;

async function buildOnce(config: Parameters<typeof build>[0]): Promise<Output> {
  const outDir = mkdtempSync(join(tmpdir(), 'breachline-bundle-'));
  try {
    const result = await build({ ...config, logLevel: 'warn', build: { ...config?.build, outDir, emptyOutDir: true } });
    if (Array.isArray(result) || !('output' in result)) throw new Error('expected one build output');
    return result.output;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The chunks the page loads before any route asks for more: index.html's scripts and preloads, closed over static imports. */
function initialChunks(output: Output): Rolldown.OutputChunk[] {
  const chunks = new Map(output.flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
  const html = output.find((file): file is Rolldown.OutputAsset => file.type === 'asset' && file.fileName === 'index.html');
  if (!html) throw new Error('the build has no index.html');
  const referenced = [...String(html.source).matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(?:\.\/|\/)?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName);
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    chunk.imports.forEach(visit);
  };
  referenced.forEach(visit);
  if (seen.size === 0) throw new Error('index.html loads no chunk of the build');
  return [...seen].map((fileName) => chunks.get(fileName)!);
}

/** Where a module comes from: its npm package, or its folder under src/. */
function origin(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1] ?? id;
  const src = /\/src\/([^/]+)(?:\/([^/]+))?/.exec(id);
  if (src) return src[1] === 'features' || src[1] === 'analysis' ? `src/${src[1]}/${src[2] ?? ''}` : `src/${src[1]}`;
  return id.replace(ROOT, '').replace(/^\0/, '');
}

/**
 * Each origin's share of the initial JS, in gzip KB: its part of the rendered (pre-minify) code times the chunks'
 * gzip size. An estimate for deciding what to split, not a measurement.
 */
function initialContents(chunks: Rolldown.OutputChunk[], totalKb: number): { origin: string; kb: number }[] {
  const lengths = new Map<string, number>();
  let all = 0;
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      lengths.set(origin(id), (lengths.get(origin(id)) ?? 0) + module.renderedLength);
      all += module.renderedLength;
    }
  }
  return [...lengths].map(([key, length]) => ({ origin: key, kb: (totalKb * length) / all })).sort((a, b) => b.kb - a.kb);
}

async function reactOnlyKb(): Promise<number> {
  mkdirSync(REACT_ONLY, { recursive: true });
  writeFileSync(join(REACT_ONLY, 'index.html'), '<!doctype html>\n<html lang="en"><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>\n');
  writeFileSync(
    join(REACT_ONLY, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\n\ncreateRoot(document.getElementById('root')!).render(<h1>Breachline</h1>);\n",
  );
  const output = await buildOnce({ root: REACT_ONLY, configFile: false, plugins: [react()], build: { target: 'es2022' } });
  return initialChunks(output).reduce((kb, chunk) => kb + gzipKb(chunk.code), 0);
}

export async function run(): Promise<void> {
  const suite = 'bundle (gzip level 9)';
  console.log(`\n${suite}`);
  // The size warning would repeat, less precisely, what this suite reports.
  const output = await buildOnce({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), build: { chunkSizeWarningLimit: Infinity } });
  const baseline = await reactOnlyKb();

  const initial = initialChunks(output);
  const initialKb = initial.reduce((kb, chunk) => kb + gzipKb(chunk.code), 0);
  const verdict = initialKb <= BUDGET_KB ? 'within' : `over by ${round(initialKb - BUDGET_KB)} KB`;
  reportValue(suite, 'initial route JS', round(initialKb), 'KB', `${(initialKb / baseline).toFixed(1)}× React-only; budget ${BUDGET_KB} KB: ${verdict}; ${initial.length} chunk(s): ${initial.map((c) => c.fileName).join(', ')}`);
  reportValue(suite, 'React-only app JS (baseline)', round(baseline), 'KB', 'react-dom/client rendering one heading, same vite and React plugin');

  const css = output.filter((file): file is Rolldown.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'));
  reportValue(suite, 'initial CSS', round(css.reduce((kb, file) => kb + gzipKb(file.source), 0)), 'KB', css.map((file) => file.fileName).join(', '));

  // The analysis worker starts with the app but parses on its own thread: counted apart from the page's budget.
  for (const worker of output.filter((file): file is Rolldown.OutputAsset => file.type === 'asset' && /worker.*\.js$/.test(file.fileName))) {
    reportValue(suite, `worker ${worker.fileName}`, round(gzipKb(worker.source)), 'KB', 'loaded at start, off the main thread');
  }

  const initialNames = new Set(initial.map((chunk) => chunk.fileName));
  const lazy = output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk' && !initialNames.has(file.fileName));
  const largest = lazy.map((chunk) => ({ chunk, kb: gzipKb(chunk.code) })).sort((a, b) => b.kb - a.kb);
  for (const { chunk, kb } of largest.slice(0, 5)) {
    reportValue(suite, `lazy chunk ${chunk.fileName}`, round(kb), 'KB', chunk.facadeModuleId ? `loads ${origin(chunk.facadeModuleId)}` : 'shared');
  }
  reportValue(suite, 'lazy chunks in all', round(largest.reduce((kb, l) => kb + l.kb, 0)), 'KB', `${lazy.length} chunk(s)`);

  // Over budget, the table says what to split: the initial chunks' largest contents.
  if (initialKb > BUDGET_KB) {
    for (const { origin: from, kb } of initialContents(initial, initialKb).slice(0, 10)) reportValue(suite, `initial: ${from}`, round(kb), 'KB', 'share of the rendered code (estimate)');
  }
}
