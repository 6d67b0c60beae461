import { describe, expect, test } from 'vitest';
import { ingestFeed } from './ingestFeed';
import { envelope, makeEvent, TEST_SETTINGS } from '../test/feedBuilders';

const ingest = (value: unknown) => ingestFeed(typeof value === 'string' ? value : JSON.stringify(value), TEST_SETTINGS);

function accepted(value: unknown) {
  const result = ingest(value);
  if (!result.ok) throw new Error(`feed failed: ${result.error.why}`);
  return result.feed;
}

describe('broken records are rejected with where and why, and valid neighbours are kept', () => {
  const good = [makeEvent({ id: 'good-1' }), makeEvent({ id: 'good-2', action: 'export', records: 10 })];
  const broken: [string, unknown, RegExp, RegExp][] = [
    ['missing id', { ts: '2026-02-11T09:00:00Z', account: 'a', action: 'view' }, /^events\[2\]\.id$/, /missing id/],
    ['empty id', makeEvent({ id: '' }), /events\[2\]\.id/, /too small|at least/i],
    ['impossible date', makeEvent({ ts: '2026-13-01T00:00:00Z' }), /events\[2\]\.ts/, /not a timestamp: '2026-13-01/],
    ['local time without offset', makeEvent({ ts: '2026-02-12T02:14:09' }), /events\[2\]\.ts/, /not a timestamp/],
    ['missing action', { id: 'x-5', ts: 0, account: 'a' }, /events\[2\]\.action/, /missing action/],
    ['negative records', makeEvent({ records: -5 }), /events\[2\]\.records/, /-5/],
    ['records as text', makeEvent({ records: '12' as unknown as number }), /events\[2\]\.records/, /expected number.*'12'/],
    ['unknown severity', makeEvent({ severity: 'urgent' as 'high' }), /events\[2\]\.severity/, /'urgent'/],
    ['no account and not a detection', makeEvent({ account: undefined }), /^events\[2\]$/, /no account/],
    ['not an object', 42, /^events\[2\]$/, /must be an object/],
    ['duplicate id', makeEvent({ id: 'good-1' }), /events\[2\]\.id/, /duplicate id 'good-1', first seen at events\[0\]/],
  ];

  test.each(broken)('%s', (_name, record, where, why) => {
    const feed = accepted(envelope([...good, record as never]));
    expect(feed.events.map((e) => e.id).sort()).toEqual(['good-1', 'good-2']);
    expect(feed.rejects).toHaveLength(1);
    expect(feed.rejects[0]?.where).toMatch(where);
    expect(feed.rejects[0]?.why).toMatch(why);
  });

  test('a feed with all of them at once yields one reason each and keeps the valid rest', () => {
    const feed = accepted(envelope([...good, ...broken.map(([, record]) => record as never)]));
    expect(feed.events).toHaveLength(2);
    expect(feed.rejects).toHaveLength(broken.length);
    expect(new Set(feed.rejects.map((r) => r.why)).size).toBe(broken.length);
  });
});

describe('shapes', () => {
  const a = makeEvent({ id: 'a' });
  const b = makeEvent({ id: 'b' });

  test('a bare array', () => {
    expect(accepted([a, b]).shape).toBe('array');
  });

  test('NDJSON keeps good lines and rejects a bad one by its line number', () => {
    const feed = accepted(`${JSON.stringify(a)}\n\n{"id": oops}\r\n${JSON.stringify(b)}\n`);
    expect(feed.shape).toBe('ndjson');
    expect(feed.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(feed.rejects).toEqual([{ where: 'line 3', why: expect.stringMatching(/^not JSON at column 8/) }]);
  });

  test('a stream of pretty-printed documents, with a broken one reported at its starting line', () => {
    const text = `${JSON.stringify(a, null, 2)}\n{\n  "id": "c",\n  "ts": \n}\n${JSON.stringify(b, null, 2)}`;
    const feed = accepted(text);
    expect(feed.shape).toBe('stream');
    expect(feed.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(feed.rejects[0]?.where).toBe(`document at line ${JSON.stringify(a, null, 2).split('\n').length + 1}`);
  });

  test('a byte-order mark is not an error', () => {
    expect(accepted(`\uFEFF${JSON.stringify(envelope([a]))}`).events).toHaveLength(1);
  });

  test.each([
    ['plain text', 'hello', /line 1, column 1/, /expected \{ or \[/],
    ['a truncated envelope', '{"events": [\n  {"id": "a",', /line 2/, /not JSON/],
    ['an empty file', '  \n', /line 1/, /empty/],
    ['a broken array', '[1,\n 2,,]', /line 2, column 4/, /not JSON/],
  ])('%s fails as a whole with line and column', (_name, text, where, why) => {
    const result = ingest(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.where).toMatch(where);
      expect(result.error.why).toMatch(why);
    }
  });
});

describe('normalisation', () => {
  test('timestamps with offsets and epoch ms become the same instant, and events come out in time order', () => {
    const feed = accepted([
      makeEvent({ id: 'late', ts: '2026-02-12T02:14:09+01:00' }),
      makeEvent({ id: 'early', ts: Date.parse('2026-02-12T01:00:00Z') }),
    ]);
    expect(feed.events.map((e) => [e.id, e.ts])).toEqual([
      ['early', Date.parse('2026-02-12T01:00:00Z')],
      ['late', Date.parse('2026-02-12T01:14:09Z')],
    ]);
  });

  test('an export is action export or records/bytes above zero', () => {
    const feed = accepted([makeEvent({ id: 'x', action: 'export' }), makeEvent({ id: 'y', action: 'download', bytes: 5 }), makeEvent({ id: 'z' })]);
    expect(Object.fromEntries(feed.events.map((e) => [e.id, e.isExport]))).toEqual({ x: true, y: true, z: false });
  });

  test('privilege comes from the feed, else from the configured patterns and roles', () => {
    const feed = accepted(
      envelope([makeEvent({ account: 'sup-adm-01' }), makeEvent({ account: 'agent-9' }), makeEvent({ account: 'ops-1' })], {
        accounts: [{ id: 'agent-9', privileged: true }, { id: 'ops-1', role: 'support-admin' }],
      }),
    );
    expect(Object.fromEntries([...feed.accounts.values()].map((a) => [a.id, a.privilegeFrom]))).toEqual({ 'agent-9': 'feed', 'ops-1': 'role', 'sup-adm-01': 'pattern' });
  });

  test("the feed's timezone wins over the deployment's; an unknown zone is a warning, not a failure", () => {
    expect(accepted(envelope([makeEvent()], { meta: { timezone: 'Asia/Tokyo' } })).context.timezone).toBe('Asia/Tokyo');
    const bad = accepted(envelope([makeEvent()], { meta: { timezone: 'Mars/Olympus' } }));
    expect(bad.context.timezone).toBe('Europe/Amsterdam');
    expect(bad.warnings[0]).toEqual({ where: 'meta.timezone', why: expect.stringMatching(/unknown time zone 'Mars\/Olympus'/) });
  });
});

describe("an envelope's events, read from their values", () => {
  test('an hourly sum in the events list still becomes a bucket, and a bad record after it keeps its place in the name', () => {
    const bucket = { account: 'sup-adm-07', start: '2026-02-11T01:00:00Z', minutes: 60, events: 4, exports: 2, records: 900 };
    const feed = accepted(envelope([makeEvent({ id: 'a-1' }), bucket as never, makeEvent({ id: 'a-1' }), makeEvent({ id: 'a-2', ts: 'soon' })]));
    expect(feed.events.map((e) => e.id)).toEqual(['a-1']);
    expect(feed.buckets.length).toBe(1);
    expect(feed.rejects.map((r) => r.where)).toEqual(['events[2].id', 'events[3].ts']);
    expect(feed.rejects[0]?.why).toMatch(/first seen at events\[0\]$/);
  });

  test('a record refused for a repeated key is left out, and the others are read with their own names', () => {
    const text = JSON.stringify(envelope([makeEvent({ id: 'k-1' }), makeEvent({ id: 'k-2' }), makeEvent({ id: 'k-3', ts: 'later' })])).replace('"id":"k-2"', '"id":"k-2","id":"k-9"');
    const feed = accepted(text);
    expect(feed.events.map((e) => e.id)).toEqual(['k-1']);
    expect(feed.rejects.map((r) => r.where)).toEqual(['events[1]', 'events[2].ts']);
  });
});

describe('events come out in time order, whatever order the feed wrote them in', () => {
  const at = (id: string, ts: string) => makeEvent({ id, ts });
  const order = (value: unknown) => accepted(value).events.map((e) => [e.id, e.index]);

  test('an out-of-order feed is sorted by time, each event keeping its raw record', () => {
    const feed = accepted(envelope([at('c', '2026-02-11T12:00:00Z'), at('a', '2026-02-11T08:00:00Z'), at('b', '2026-02-11T10:00:00Z')]));
    expect(feed.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(feed.events.map((e) => (feed.raw[e.index] as { id: string }).id)).toEqual(['a', 'b', 'c']);
  });

  test('events at the same instant keep the order the feed gave them, in order or not', () => {
    const same = '2026-02-11T09:00:00Z';
    expect(order(envelope([at('x', same), at('y', same), at('z', same)]))).toEqual([['x', 0], ['y', 1], ['z', 2]]);
    expect(order(envelope([at('late', '2026-02-11T10:00:00Z'), at('x', same), at('y', same)]))).toEqual([['x', 1], ['y', 2], ['late', 0]]);
  });

  test('NDJSON lines with spaces or a carriage return around them read the same as bare ones', () => {
    const lines = [at('a', '2026-02-11T08:00:00Z'), at('b', '2026-02-11T09:00:00Z')].map((e) => JSON.stringify(e));
    const bare = order(`${lines.join('\n')}\n`);
    expect(order(`  ${lines[0]}\t\r\n${lines[1]} \r\n`)).toEqual(bare);
    expect(bare).toEqual([['a', 0], ['b', 1]]);
  });
});
