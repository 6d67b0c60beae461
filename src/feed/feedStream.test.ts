import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as plainTest, vi } from 'vitest';
import { FeedStream } from './feedStream';
import { ingestFeedBytes } from './ingestFeedBytes';
import { envelope, makeEvent, TEST_SETTINGS } from '../test/feedBuilders';

const encoder = new TextEncoder();

/** The bytes cut at the given offsets, as a network delivers them. */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    out.push(bytes.slice(from, cut));
    from = cut;
  }
  return out;
}

function streamed(bytes: Uint8Array, cuts: number[]) {
  const stream = new FeedStream(TEST_SETTINGS);
  let last = stream.push(new Uint8Array(0));
  for (const chunk of chunked(bytes, cuts)) last = stream.push(chunk);
  return { result: stream.finish(), last };
}

/** The bytes pushed in 64 KB chunks, and the records the progress bar counted after each. */
function pushedIn64k(bytes: Uint8Array) {
  const stream = new FeedStream(TEST_SETTINGS);
  const counted: number[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) counted.push(stream.push(bytes.subarray(at, at + 65_536)).records);
  return { stream, counted };
}

const events = [
  makeEvent({ account: 'sup-adm-07', action: 'export', records: 4000, message: 'naïve café – ünïcödé 🚨' }),
  makeEvent({ ts: '2026-02-11T01:30:00Z' }),
  makeEvent({ severity: 'high', attack: { tactic: 'TA0010', technique: 'T1567' }, incident: 'INC-1' }),
];
const ndjson = [...events.map((e) => JSON.stringify(e)), '{"id": "broken', '', JSON.stringify({ id: 'x', ts: 'not a time', account: 'a', action: 'view' })].join('\n');
// The second event says its account twice: JSON.parse keeps the last, other readers the first.
const repeatedKey = JSON.stringify(envelope(events)).replace('"account":"sup-adm-07"', '"account":"sup-adm-07","account":"ag-0001"');
const ndjsonRepeat = events.map((e) => JSON.stringify(e)).join('\n').replace('"account":"sup-adm-07"', '"account":"sup-adm-07","account":"ag-0001"');
const SHAPES: [string, string][] = [
  ['NDJSON with a broken line, a blank one and a bad record', ndjson],
  ['NDJSON with CRLF endings and no final newline', events.map((e) => JSON.stringify(e)).join('\r\n')],
  ['an envelope spread over many lines', JSON.stringify(envelope(events), null, 2)],
  ['a one-line envelope', JSON.stringify(envelope(events))],
  ['a bare array', JSON.stringify(events)],
  ['one record alone', JSON.stringify(events[0])],
  ['a stream of pretty-printed documents', events.map((e) => JSON.stringify(e, null, 2)).join('\n')],
  ['not JSON at all', 'timestamp,account\n2026-02-11,a\n'],
  ['NDJSON of hourly buckets, one of them bad', [0, 1, 2].map((h) => JSON.stringify({ account: 'sup-adm-07', start: 1_770_771_600_000 + h * 3_600_000, minutes: 60, events: 3, exports: h === 1 ? 9 : 1, records: 400 })).join('\n')],
  ['one bucket alone', JSON.stringify({ account: 'a', start: '2026-02-11T01:00:00Z', minutes: 60, events: 2 })],
  ['leading blank lines then NDJSON', `\n\n  \n${events.map((e) => JSON.stringify(e)).join('\n')}`],
  ['a one-line envelope with a key stated twice', repeatedKey],
  ['a one-line envelope whose messages hold ":', JSON.stringify(envelope([makeEvent({ message: 'said "x":"y"' }), ...events]))],
  // Whitespace before a colon hides a key from the count of `":`: the text must decide, and refuse the repeat.
  ['an envelope with a key stated twice, spaced before its colons', repeatedKey.replaceAll('":', '" :')],
  ['an envelope with a key stated twice, one colon on the next line', repeatedKey.replace('"account":"ag-0001"', '"account"\n:"ag-0001"')],
  // The count alone would be fooled here: a message's `":` and the repeat make up for the two spaced keys.
  ['a repeat the count of `":` would miss', JSON.stringify(envelope([makeEvent({ message: 'said "x":"y"' }), ...events])).replace('"account":"sup-adm-07"', '"account":"sup-adm-07","account":"ag-0001"').replace('"version":', '"version" :').replace('"action":', '"action" :')],
  // A repeated key in NDJSON: the whole file and the stream must refuse the same line.
  ['NDJSON with a key stated twice on one line', ndjsonRepeat],
  ['NDJSON with a repeat, and a message holding ": on another line', [JSON.stringify(makeEvent({ id: 'm', message: 'said "x":"y"' })), ndjsonRepeat].join('\n')],
  // Its repeated key and its spaced one make the count of `":` come out right: only the whitespace gives it away.
  ['NDJSON with a repeat the count of `":` would miss', ndjsonRepeat.replace('"action":', '"action" :')],
];

describe('a feed read as it streams in', () => {
  test.prop([fc.constantFrom(...SHAPES), fc.array(fc.nat(), { maxLength: 12 })])('reads every shape exactly as the whole bytes would, wherever the chunks are cut', ([, text], cuts) => {
    const bytes = encoder.encode(text);
    const whole = ingestFeedBytes(bytes, TEST_SETTINGS);
    const { result } = streamed(bytes, cuts);
    expect(result.ok).toBe(whole.ok);
    if (!result.ok || !whole.ok) {
      expect(result).toEqual(whole);
      return;
    }
    expect(result.feed.events).toEqual(whole.feed.events);
    expect(result.feed.rejects).toEqual(whole.feed.rejects);
    expect(result.feed.warnings).toEqual(whole.feed.warnings);
    expect(result.feed.shape).toBe(whole.feed.shape);
    expect(result.feed.buckets.length).toBe(whole.feed.buckets.length);
  });

  plainTest.each([
    ['alone', ndjsonRepeat],
    ['beside a message holding ":', `${JSON.stringify(makeEvent({ id: 'm', message: 'said "x":"y"' }))}\n${ndjsonRepeat}`],
  ])('a file of NDJSON read whole refuses the line that states a key twice (%s), and keeps the others', (_case, text) => {
    const whole = ingestFeedBytes(encoder.encode(text), TEST_SETTINGS);
    if (!whole.ok) throw new Error(whole.error.why);
    const line = text.split('\n').findIndex((l) => l.includes('"account":"ag-0001"')) + 1;
    expect(whole.feed.rejects).toEqual([{ where: `line ${line}`, why: expect.stringMatching(/^duplicate key 'account' at line \d+/) }]);
    expect(whole.feed.events).toHaveLength(text.split('\n').length - 1);
  });

  test.prop([fc.array(fc.nat(), { maxLength: 12 })])('a record stating a key twice is refused wherever the chunks are cut (the `":` are counted as they arrive)', (cuts) => {
    const { result } = streamed(encoder.encode(repeatedKey), cuts);
    if (!result.ok) throw new Error(result.error.why);
    expect(result.feed.rejects).toEqual([expect.objectContaining({ where: 'events[0]', why: expect.stringMatching(/^duplicate key 'account' at line 1/) })]);
    expect(result.feed.events).toHaveLength(events.length - 1);
  });

  test.prop([fc.array(fc.nat(), { maxLength: 12 })])('NDJSON is parsed as it arrives: progress counts records and rejects before the end', (cuts) => {
    const bytes = encoder.encode(`${ndjson}\n`);
    const { last } = streamed(bytes, cuts);
    expect(last).toEqual({ bytes: bytes.length, records: 4, rejected: 1, mode: 'lines' });
  });

  // vitest's own test: fast-check's wrapper makes a plain test of this size take most of a minute.
  plainTest('a one-line envelope of several megabytes is known to be read whole before its end, and reads as the whole bytes do', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => makeEvent({ id: `e-${i}`, message: 'x'.repeat(200) }));
    const bytes = encoder.encode(JSON.stringify(envelope(many)));
    const stream = new FeedStream(TEST_SETTINGS);
    const modes = [];
    for (let at = 0; at < bytes.length; at += 65_536) modes.push(stream.push(bytes.subarray(at, at + 65_536)).mode);
    // Decided while its one line is still arriving: it is not held back as the first line of an NDJSON feed.
    expect(modes.indexOf('whole')).toBeGreaterThan(0);
    expect(modes.indexOf('whole')).toBeLessThan(modes.length - 1);
    const result = stream.finish();
    const whole = ingestFeedBytes(bytes, TEST_SETTINGS);
    expect(result.ok && whole.ok && result.feed.events.length).toBe(30_000);
    if (result.ok && whole.ok) expect(JSON.stringify(result.feed.events)).toBe(JSON.stringify(whole.feed.events));
  });

  plainTest.each([
    // An envelope leaves its members outside the list (meta, incidents) to parse at the end; a bare array, nothing.
    ['an envelope’s events', (many: unknown[]) => JSON.stringify(envelope(many as Parameters<typeof envelope>[0]), null, 1), true],
    ['a bare array’s elements', (many: unknown[]) => JSON.stringify(many, null, 1), false],
  ])('%s are parsed while it arrives: its end does not wait for a JSON.parse of the whole text', (_shape, write, parsesAtEnd) => {
    const many = Array.from({ length: 20_000 }, (_, i) => makeEvent({ id: `e-${i}`, message: `"quoted", [${i}] \\ {x}` }));
    const text = write(many);
    const bytes = encoder.encode(text);
    const { stream, counted } = pushedIn64k(bytes);
    // The progress bar counts them as they come: part-way some, by the last chunk all.
    expect(counted.some((n) => n > 0 && n < 20_000)).toBe(true);
    expect(counted.at(-1)).toBe(20_000);
    const parse = vi.spyOn(JSON, 'parse');
    const join = vi.spyOn(Array.prototype, 'join');
    let result;
    let parsed: number[];
    let joined: number[];
    try {
      result = stream.finish();
    } finally {
      parsed = parse.mock.calls.map(([arg]) => String(arg).length);
      joined = join.mock.results.map((r) => (typeof r.value === 'string' ? r.value.length : 0));
      parse.mockRestore();
      join.mockRestore();
    }
    // What is left at the end is the envelope without its events (meta, incidents): nothing near the feed's size is
    // parsed, nor is the text gathered into one string (no colon has whitespace before it, so the count decides).
    expect(parsed.length > 0).toBe(parsesAtEnd);
    expect(Math.max(0, ...parsed)).toBeLessThan(text.length / 100);
    expect(Math.max(0, ...joined)).toBeLessThan(text.length / 100);
    const whole = ingestFeedBytes(bytes, TEST_SETTINGS);
    expect(result.ok && whole.ok && result.feed.events.length).toBe(20_000);
    if (result.ok && whole.ok) expect(JSON.stringify(result.feed.events)).toBe(JSON.stringify(whole.feed.events));
  });

  // A SOC's large exports come from its SIEM as these documents: their lists are read as they arrive, as an envelope's.
  const cloudTrail = (i: number) => ({ eventVersion: '1.08', eventTime: new Date(Date.UTC(2026, 1, 11, 1, 0, i % 60)).toISOString(), eventSource: 's3.amazonaws.com', eventName: 'GetObject', userIdentity: { type: 'IAMUser', userName: `svc-${i % 7}` }, sourceIPAddress: '198.51.100.7', additionalEventData: { bytesTransferredOut: 500 + i }, eventID: `ct-${i}`, eventType: 'AwsApiCall', requestParameters: { note: `"q", [${i}] \\ {x}` } });
  const hit = (i: number) => ({ _index: 'logs-crm', _id: `h-${i}`, _source: { '@timestamp': new Date(Date.UTC(2026, 1, 11, 1, 0, i % 60)).toISOString(), ecs: { version: '8.11.0' }, event: { id: `ev-${i}`, kind: 'event', action: 'export' }, user: { name: `ag-${i % 9}` }, host: { name: 'crm-1' }, message: `"q", [${i}] \\ {x}` } });
  plainTest.each([
    ['a CloudTrail log file’s Records', () => JSON.stringify({ Records: Array.from({ length: 20_000 }, (_, i) => cloudTrail(i)) })],
    ['a _search response’s hits', () => JSON.stringify({ took: 12, timed_out: false, _shards: { total: 1, successful: 1 }, hits: { total: { value: 20_000, relation: 'eq' }, max_score: 1, hits: Array.from({ length: 20_000 }, (_, i) => hit(i)) }, aggregations: { by: { buckets: [] } } }, null, 1)],
  ])('%s are parsed while it arrives, and read as the whole bytes are', (_shape, write) => {
    const text = write();
    const bytes = encoder.encode(text);
    const { stream, counted } = pushedIn64k(bytes);
    expect(counted.some((n) => n > 0 && n < 20_000)).toBe(true);
    expect(counted.at(-1)).toBe(20_000);
    const parse = vi.spyOn(JSON, 'parse');
    let result;
    let parsed: number[];
    try {
      result = stream.finish();
    } finally {
      parsed = parse.mock.calls.map(([arg]) => String(arg).length);
      parse.mockRestore();
    }
    expect(Math.max(0, ...parsed)).toBeLessThan(text.length / 100);
    const whole = ingestFeedBytes(bytes, TEST_SETTINGS);
    expect(result.ok && whole.ok && result.feed.events.length).toBe(20_000);
    if (result.ok && whole.ok) {
      expect(result.feed.format).toBe(whole.feed.format);
      expect(JSON.stringify(result.feed.events)).toBe(JSON.stringify(whole.feed.events));
      expect(JSON.stringify(result.feed.raw)).toBe(JSON.stringify(whole.feed.raw));
      expect(result.feed.rejects).toEqual(whole.feed.rejects);
    }
  });

  plainTest('megabytes of blank lines before the first record are given up on as NDJSON, and read as the whole bytes are', () => {
    const bytes = encoder.encode(`${'\n'.repeat(5 * 1024 * 1024)}${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const stream = new FeedStream(TEST_SETTINGS);
    const modes = [];
    for (let at = 0; at < bytes.length; at += 65_536) modes.push(stream.push(bytes.subarray(at, at + 65_536)).mode);
    expect(modes.at(-1)).toBe('whole');
    const result = stream.finish();
    const whole = ingestFeedBytes(bytes, TEST_SETTINGS);
    expect(result.ok && result.feed.events.length).toBe(3);
    if (result.ok && whole.ok) expect(JSON.stringify(result.feed.events)).toBe(JSON.stringify(whole.feed.events));
  });

  test('a UTF-16 feed is refused from its first bytes', () => {
    const stream = new FeedStream(TEST_SETTINGS);
    stream.push(Uint8Array.of(0xff, 0xfe, 0x7b, 0));
    const result = stream.finish();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.why).toMatch(/UTF-16/);
  });

  test('invalid UTF-8 is read as U+FFFD and named with its byte offset; the records are kept', () => {
    const good = encoder.encode(`${JSON.stringify(events[1])}\n`);
    const bad = encoder.encode(JSON.stringify(makeEvent({ account: 'admXin' })));
    bad[bad.indexOf(0x58)] = 0xff;
    const stream = new FeedStream(TEST_SETTINGS);
    stream.push(good);
    stream.push(bad);
    const result = stream.finish();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.events.map((e) => e.account)).toContain('adm\uFFFDin');
    expect(result.feed.warnings[0]?.where).toBe(`byte ${good.length + bad.indexOf(0xff)}`);
  });
});
