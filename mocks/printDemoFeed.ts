import { once } from 'node:events';
import type { FeedEnvelopeInput } from '../src/feed/schema';
import { parseDemoFeedArgs } from './demoFeedArgs';
import { demoScenario } from './demoScenario';
import { feedJsonChunks, ndjsonChunks } from './feedJsonChunks';

// `npm run -s demo:feed -- [options] > demo.json`: the demo feed as a file, for `npm run feed -- check` and for
// benchmarks. Exit 0 printed, 2 usage error.

async function main(argv: string[]): Promise<number> {
  const parsed = parseDemoFeedArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { seed, now, scale, timezone, days, ndjson } = parsed.args;
  let feed: FeedEnvelopeInput;
  try {
    ({ feed } = demoScenario({ seed, now, scale, timezone, days }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2; // an unknown zone or an out-of-range option
  }
  // `demo:feed | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  // Chunks, waiting for the pipe to drain: a 1M-event feed is ~140 MB, more than one string or one write should hold.
  for (const chunk of ndjson ? ndjsonChunks(feed) : feedJsonChunks(feed)) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
  if (!ndjson) process.stdout.write('\n');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
