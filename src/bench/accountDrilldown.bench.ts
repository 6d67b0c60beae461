import { accountEventColumns } from '../analysis/account/accountEventColumns';
import { accountEvents, type AccountEventsQuery } from '../analysis/account/accountEvents';
import { accountEventsCsv } from '../analysis/account/accountEventsCsv';
import { accountHours } from '../analysis/account/accountHours';
import { accountProfile } from '../analysis/account/accountProfile';
import { rawRecordView } from '../analysis/account/rawRecordView';
import { searchAccounts } from '../analysis/account/searchAccounts';
import { ingestFeedBytes } from '../feed/ingestFeedBytes';
import { TEST_SETTINGS } from '../test/feedBuilders';
import { measure } from './harness';
import { reportRatio } from './report';

/**
 * The account drill-down on one account with 100,000 events among 10,000 accounts, against JSON.parse of the same
 * feed text. Every filter, sort and keystroke of the event table is one `accountEvents` call plus the structured
 * clone that carries it to the page, so those two together are what a keystroke costs.
 */
const RUNS = 9;
const ROWS = 100_000;
const OTHERS = 10_000;

function feedText(): string {
  const now = TEST_SETTINGS.now;
  const actions = ['view', 'search', 'view', 'export', 'login'];
  const events = [];
  for (let i = 0; i < ROWS; i++) {
    events.push({
      id: `b${i}`,
      ts: now - (ROWS - i) * 25_000,
      account: 'bulk-bot',
      action: actions[i % 5],
      ip: `198.51.100.${i % 250}`,
      host: `ws-${i % 40}`,
      ...(i % 5 === 3 ? { records: (i * 7919) % 5000 } : {}),
      ...(i % 1000 === 0 ? { message: `refund NL91 ABNA 0417 1643 00 to customer ${i}@example.org` } : {}),
    });
  }
  for (let a = 0; a < OTHERS; a++) events.push({ id: `o${a}`, ts: now - a * 1000, account: `ag-${String(a).padStart(5, '0')}`, action: 'view' });
  return JSON.stringify({ schema: 'breachline/v1', events });
}

export function run(): void {
  const text = feedText();
  const result = ingestFeedBytes(new TextEncoder().encode(text), TEST_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  const feed = result.feed;
  const query: AccountEventsQuery = { range: '30d', action: null, text: '', sort: '-time' };
  const baseline = measure(`JSON.parse (${ROWS + OTHERS} events, ${(text.length / 1e6).toFixed(1)} MB)`, () => JSON.parse(text), RUNS);
  const timings = [
    // A shallow copy is a new cache key: the index, the columns and the masking of every distinct text, from cold.
    measure('event columns, cold (index + mask + encode)', () => accountEventColumns({ ...feed }, 'bulk-bot'), RUNS),
    measure('events, newest first (100k rows)', () => accountEvents(feed, 'bulk-bot', query), RUNS),
    measure('events, by records (sort 100k)', () => accountEvents(feed, 'bulk-bot', { ...query, sort: '-records' }), RUNS),
    measure('events, by host (collated sort 100k)', () => accountEvents(feed, 'bulk-bot', { ...query, sort: 'host' }), RUNS),
    measure('events, text search "198.51.100.7"', () => accountEvents(feed, 'bulk-bot', { ...query, text: '198.51.100.7' }), RUNS),
    measure('events, action filter', () => accountEvents(feed, 'bulk-bot', { ...query, action: 'export' }), RUNS),
    measure('structuredClone of 100k rows (to the page)', () => structuredClone(accountEvents(feed, 'bulk-bot', query)), RUNS),
    measure('profile (addresses, actions, incidents)', () => accountProfile(feed, 'bulk-bot'), RUNS),
    measure('hours of day vs baseline', () => accountHours(feed, 'bulk-bot', { range: '30d' }), RUNS),
    measure('raw record, masked', () => rawRecordView(feed, 'bulk-bot', 'b4000'), RUNS),
    measure(`account search among ${OTHERS + 1} ("ag-0")`, () => searchAccounts(feed, 'ag-0'), RUNS),
    measure('CSV of 100k rows', () => accountEventsCsv(feed, 'bulk-bot', query), RUNS),
  ];
  const suite = `account drill-down, one account with ${ROWS.toLocaleString('en')} events among ${(OTHERS + 1).toLocaleString('en')} accounts`;
  console.log(`\n${suite}`);
  for (const timing of timings) reportRatio(suite, timing, baseline);
}
