import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appConfigSchema } from '../feed/configSchema';
import { ingestFeedBytes } from '../feed/ingestFeedBytes';
import { analyzeFeed } from '../analysis/analyzeFeed';
import { aggregateFeed } from '../analysis/aggregateFeed';
import { checkReport, formatCheck, formatAnalysis } from './reports';
import { FEED_FORMATS, isFeedFormat } from '../feed/adapters/feedFormats';

const USAGE = `usage: npm run -s feed -- <check|analyze|aggregate> FILE [--json] [--config public/config.json] [--format NAME]
  check      validate a feed with the app's own code and summarise it
  analyze    print what the views would flag (export anomalies, off-hours use, incident reach)
  aggregate  print the feed as hourly sums per account (FEED v1 buckets) with its detections kept raw
  --format read the file as ${FEED_FORMATS.join(' | ')} instead of detecting its format
exit: 0 the file was read (even with rejected records), 1 it could not be read or is not JSON, 2 usage error`;

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const configAt = argv.indexOf('--config');
  const configPath = configAt >= 0 ? argv[configAt + 1] : fileURLToPath(new URL('../../public/config.json', import.meta.url));
  const formatAt = argv.indexOf('--format');
  const format = formatAt >= 0 ? argv[formatAt + 1] : undefined;
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && (configAt < 0 || i !== configAt + 1) && (formatAt < 0 || i !== formatAt + 1));
  const [command, file] = positional;
  const badFormat = formatAt >= 0 && (format === undefined || !isFeedFormat(format));
  if ((command !== 'check' && command !== 'analyze' && command !== 'aggregate') || !file || positional.length > 2 || !configPath || badFormat) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = appConfigSchema.safeParse(JSON.parse(readFileSync(configPath, 'utf8')));
  if (!config.success) {
    process.stderr.write(`bad config ${configPath}: ${config.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    // Bytes, not 'utf8': the shared decoder reports invalid UTF-8 instead of silently replacing it.
    bytes = readFileSync(file);
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const { timezone, businessHours, privileged } = config.data;
  const forced = format !== undefined && isFeedFormat(format) ? format : undefined;
  const result = ingestFeedBytes(bytes, { timezone, businessHours, privileged, now: Date.now() }, { format: forced });
  if (!result.ok) {
    // No format was recognised (or the forced one could not read the file): null unless one was forced.
    if (json) process.stdout.write(`${JSON.stringify({ format: forced ?? null, error: result.error })}\n`);
    process.stderr.write(`${file}: ${result.error.where}: ${result.error.why}\n`);
    return 1;
  }
  if (command === 'check') {
    const report = checkReport(result.feed);
    process.stdout.write(json ? `${JSON.stringify(report)}\n` : formatCheck(file, report));
  } else if (command === 'aggregate') {
    process.stdout.write(`${JSON.stringify(aggregateFeed(result.feed))}\n`);
  } else {
    const analysis = analyzeFeed(result.feed);
    process.stdout.write(json ? `${JSON.stringify(analysis)}\n` : formatAnalysis(analysis));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
