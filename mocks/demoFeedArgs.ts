import { parseInstant } from './parseInstant';

export const DEFAULT_DEMO_SEED = 7;
/** Fixed, so `npm run demo:feed` prints the same bytes every run. A Thursday morning, the bulk dump just over. */
export const DEFAULT_DEMO_NOW = '2026-02-12T06:00:00Z';

export const DEMO_FEED_USAGE = `usage: npm run -s demo:feed -- [--seed N] [--now ISO|epoch-ms] [--scale X] [--timezone ZONE] [--days N] [--ndjson]
  prints the demo scenario's feed as JSON (default seed ${DEFAULT_DEMO_SEED}, now ${DEFAULT_DEMO_NOW}, Europe/Amsterdam, 30 days)
  --scale X   multiplies agents and team leads: ~95k events at 1, ~1M at 11.5
  --ndjson    one event per line instead of an envelope`;

export interface DemoFeedArgs {
  seed: number;
  now: number;
  scale: number;
  timezone: string;
  days: number;
  ndjson: boolean;
}

const VALUED = new Set(['--seed', '--now', '--scale', '--days', '--timezone']);

export type ParsedArgs = { ok: true; args: DemoFeedArgs } | { ok: false; message: string };

/** Reads `--name value` and `--name=value`; anything unknown is a usage error rather than silently ignored. */
export function parseDemoFeedArgs(argv: readonly string[]): ParsedArgs {
  const args: DemoFeedArgs = { seed: DEFAULT_DEMO_SEED, now: Date.parse(DEFAULT_DEMO_NOW), scale: 1, timezone: 'Europe/Amsterdam', days: 30, ndjson: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    if (flag === '--ndjson' && inline === undefined) {
      args.ndjson = true;
      continue;
    }
    if (flag === '--help' || flag === '-h') return { ok: false, message: DEMO_FEED_USAGE };
    if (!VALUED.has(flag)) return { ok: false, message: `unknown option '${flag}'\n${DEMO_FEED_USAGE}` };
    const value = inline ?? argv[++i];
    if (value === undefined) return { ok: false, message: `${flag} needs a value\n${DEMO_FEED_USAGE}` };
    const number = Number(value);
    switch (flag) {
      case '--seed':
        if (!Number.isSafeInteger(number)) return { ok: false, message: `--seed must be an integer, got '${value}'` };
        args.seed = number;
        break;
      case '--now': {
        const now = parseInstant(value);
        if (now === null) return { ok: false, message: `--now must be RFC 3339 with Z or an offset, or epoch ms, got '${value}'` };
        args.now = now;
        break;
      }
      case '--scale':
        if (!(number > 0)) return { ok: false, message: `--scale must be a positive number, got '${value}'` };
        args.scale = number;
        break;
      case '--days':
        if (!Number.isInteger(number) || number < 1) return { ok: false, message: `--days must be a whole number of days, got '${value}'` };
        args.days = number;
        break;
      default: // --timezone: demoScenario rejects a zone Intl does not know
        args.timezone = value;
    }
  }
  return { ok: true, args };
}
