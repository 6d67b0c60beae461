import { describe, expect, test } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import type { FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { accountEvents, type AccountEventsQuery, type AccountEventTable } from './accountEvents';

const T0 = Date.parse('2026-02-10T00:00:00Z');
const MIN = 60_000;
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();

const events: FeedEventInput[] = [
  makeEvent({ id: 'a', ts: at(0), account: 'sup-adm-07', action: 'login', ip: '198.51.100.16', host: 'ccs-ws-375' }),
  makeEvent({ id: 'b', ts: at(10), account: 'sup-adm-07', action: 'export', records: 500, bytes: 9_000, ip: '203.0.113.77' }),
  makeEvent({ id: 'c', ts: at(20), account: 'sup-adm-07', action: 'view', message: 'looked up jan@example.org' }),
  makeEvent({ id: 'd', ts: at(30), account: 'sup-adm-07', action: 'export', records: 48_000, bytes: 31_000_000, ip: '203.0.113.77' }),
  makeEvent({ id: 'view', ts: at(40), account: 'sup-adm-07', action: 'search', message: 'view' }),
  makeEvent({ id: 'x', ts: at(15), account: 'agent-001', action: 'export', records: 1 }),
];
const result = ingestFeed(JSON.stringify(envelope(events)), TEST_SETTINGS);
if (!result.ok) throw new Error(result.error.why);
const feed = result.feed;

const query = (patch: Partial<AccountEventsQuery> = {}): AccountEventTable =>
  accountEvents(feed, 'sup-adm-07', { range: null, action: null, text: '', sort: '-time', ...patch });
const ids = (table: AccountEventTable) => Array.from(table.id, (code) => table.strings[code]);

describe('rows of one account, filtered and sorted in the worker', () => {
  test.each<[string, Partial<AccountEventsQuery>, string[]]>([
    ['newest first by default, only this account', {}, ['view', 'd', 'c', 'b', 'a']],
    ['oldest first', { sort: 'time' }, ['a', 'b', 'c', 'd', 'view']],
    ['largest export first; ties newest first', { sort: '-records' }, ['d', 'b', 'view', 'c', 'a']],
    ['by action A–Z', { sort: 'action' }, ['d', 'b', 'a', 'view', 'c']],
    ['one action', { action: 'export' }, ['d', 'b']],
    ['an action an event id also reads', { action: 'view' }, ['c']],
    ['an action the account never did', { action: 'admin' }, []],
    ['text in any shown column, any case', { text: '203.0.113' }, ['d', 'b']],
    ['text and action together', { text: 'CCS-WS', action: 'login' }, ['a']],
    ['a window, inclusive at both ends', { from: T0 + 10 * MIN, to: T0 + 30 * MIN }, ['d', 'c', 'b']],
  ])('%s', (_case, patch, expected) => {
    expect(ids(query(patch))).toEqual(expected);
  });

  test('a preset range ends at the feed\'s "now"', () => {
    expect(query({ range: '24h' }).window).toEqual({ start: TEST_SETTINGS.now - 86_400_000, end: TEST_SETTINGS.now });
    expect(query({ range: '24h' }).rows).toBe(0); // the events are two days before "now"
    expect(query({ range: '7d' }).rows).toBe(5);
  });

  test('counts the window before the filters, and lists its actions by frequency', () => {
    const table = query({ from: T0, to: T0 + 30 * MIN, action: 'login' });
    expect(table.inWindow).toBe(4);
    expect(table.rows).toBe(1);
    expect(table.actions).toEqual([
      { action: 'export', count: 2 },
      { action: 'login', count: 1 },
      { action: 'view', count: 1 },
    ]);
  });

  test('cells arrive masked, and a search cannot find the hidden value', () => {
    const table = query({ action: 'view' });
    expect(table.strings[table.message[0] ?? 0]).toBe('looked up j•••@e•••.org');
    expect(query({ text: 'jan@example' }).rows).toBe(0);
  });

  test('numbers and the raw index travel with each row', () => {
    const table = query({ action: 'export' });
    expect(Array.from(table.records)).toEqual([48_000, 500]);
    expect(Array.from(table.bytes)).toEqual([31_000_000, 9_000]);
    expect(Array.from(table.index, (i) => (feed.raw[i] as { id: string }).id)).toEqual(['d', 'b']);
  });
});
