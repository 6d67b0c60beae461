import { afterEach, describe, expect, test } from 'vitest';
import { ingestFeed, type IngestedFeed } from './ingestFeed';
import { revealText } from '../ui/revealText';
import { AnalysisService } from '../worker/analysisService';
import { analyzeFeed } from '../analysis/analyzeFeed';
import { envelope, makeEvent, TEST_SETTINGS } from '../test/feedBuilders';

// Structure attacks on the parser (issue 11): each one gets a clear per-record or whole-feed error, and the valid
// records around it survive. Markup in fields is the e2e suite's job (src/e2e/hostile.e2e.test.ts).

const ingest = (text: string) => ingestFeed(text, TEST_SETTINGS);
function accepted(text: string): IngestedFeed {
  const result = ingest(text);
  if (!result.ok) throw new Error(`feed failed: ${result.error.where}: ${result.error.why}`);
  return result.feed;
}
const ids = (feed: IngestedFeed) => feed.events.map((e) => e.id).sort();
const good = makeEvent({ id: 'good' });
const json = (value: unknown) => JSON.stringify(value);
/** `"__proto__"` as JSON text: an object literal would set the prototype instead of making the key. */
const withKey = (record: object, key: string, value: unknown) => `${json(record).slice(0, -1)},${json(key)}:${json(value)}}`;

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const baseline = prototypeKeys();
afterEach(() => {
  // Pollution anywhere in a test shows up here, whichever assertion it slipped past.
  expect(prototypeKeys()).toEqual(baseline);
  expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
});

describe('prototype pollution: __proto__, constructor and prototype keys are data, never reach Object.prototype', () => {
  const payload = { polluted: 'yes', account: 'inherited-admin', isAdmin: true };
  const hostileRecords = [
    withKey(makeEvent({ id: 'p1' }), '__proto__', payload),
    withKey(makeEvent({ id: 'p2' }), 'constructor', { prototype: payload }),
    withKey(makeEvent({ id: 'p3' }), 'prototype', payload),
    // No account of its own: it must not borrow one from an injected prototype.
    withKey({ id: 'p4', ts: '2026-02-11T09:00:00Z', action: 'alert', severity: 'high' }, '__proto__', payload),
    `{"id":"p5","ts":"2026-02-11T09:00:00Z","account":"a","action":"view","rule":{"id":"r","__proto__":{"polluted":1}},"attack":{"__proto__":{"technique":"T1567"}}}`,
  ];
  const shapes: [string, string][] = [
    ['envelope', `{"__proto__":{"polluted":1},"meta":{"__proto__":{"timezone":"Asia/Tokyo"}},"accounts":[{"id":"a","__proto__":{"privileged":true}}],"events":[${json(good)},${hostileRecords.join(',')}]}`],
    ['array', `[${json(good)},${hostileRecords.join(',')}]`],
    ['NDJSON', [json(good), ...hostileRecords].join('\n')],
    ['stream', [json(good), ...hostileRecords].map((r) => JSON.stringify(JSON.parse(r), null, 2)).join('\n')],
  ];

  test.each(shapes)('%s', (_shape, text) => {
    const feed = accepted(text);
    expect(ids(feed)).toEqual(['good', 'p1', 'p2', 'p3', 'p4', 'p5']);
    for (const event of feed.events) {
      expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
      expect(event.account === null || typeof event.account === 'string').toBe(true);
    }
    expect(feed.events.find((e) => e.id === 'p4')?.account).toBeNull();
    expect(feed.events.find((e) => e.id === 'p5')?.attack).toEqual([]);
    expect(feed.context.timezone).toBe(TEST_SETTINGS.timezone);
    expect(feed.accounts.get('a')?.privileged ?? false).toBe(false);
  });

  test('accounts, incidents and rules named after Object.prototype members go through every analysis as plain names', () => {
    const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];
    const events = names.flatMap((name, i) => [
      makeEvent({ id: `x-${i}`, account: name, action: 'export', records: 10 + i, system: name }),
      makeEvent({ id: `d-${i}`, account: name, action: 'alert', severity: 'high', rule: { id: name, name }, incident: name, attack: { tactic: 'TA0010', technique: 'T1567' } }),
    ]);
    const service = new AnalysisService();
    const report = service.ingest(new TextEncoder().encode(json(envelope(events, { incidents: names.map((id) => ({ id, title: id })) }))).buffer, TEST_SETTINGS);
    if (!report.ok) throw new Error(report.error.why);
    expect(report.rejects).toEqual([]);
    const overview = service.overview(report.revision);
    const found = names.flatMap((name) => service.searchAccounts(report.revision, name).matches.filter((m) => m.id === name).map((m) => m.id));
    expect(found.sort()).toEqual([...names].sort());
    expect(overview.incidents.map((i) => i.id).sort()).toEqual([...names].sort());
    expect(service.incidentList(report.revision)).toHaveLength(names.length);
    for (const name of names) expect(() => service.incidentTimeline(report.revision, name, null)).not.toThrow();
    // Every other view question as well, whatever its arguments: none may pollute (checked after each test).
    for (const method of Object.getOwnPropertyNames(AnalysisService.prototype)) {
      if (method === 'constructor' || method === 'ingest' || method === 'feedAt') continue;
      for (const name of names) {
        try {
          Reflect.apply(Reflect.get(service, method) as (...a: unknown[]) => unknown, service, [report.revision, name, null, null]);
        } catch {
          // a method that wants other arguments may refuse these; only pollution matters here
        }
      }
    }
  });

  test('analyzeFeed (the CLI contract) reads them too', () => {
    const feed = accepted(json(['__proto__', 'constructor'].map((account, i) => makeEvent({ id: `e${i}`, account, action: 'export', records: 5 }))));
    expect(() => analyzeFeed(feed)).not.toThrow();
  });
});

describe('deep nesting', () => {
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  test.each([1_000, 100_000])('%i levels in an unknown field are kept as data; in a known field the record is refused', (depth) => {
    const inField = (id: string, field: string) => json(makeEvent({ id })).replace(/}$/, `,"${field}":${nested(depth)}}`);
    const text = `[${json(good)},${inField('deep-extra', 'extra')},${inField('deep-rule', 'rule')}]`;
    const feed = accepted(text);
    expect(ids(feed)).toEqual(['deep-extra', 'good']);
    expect(feed.rejects).toEqual([{ where: '[2].rule.id', why: 'missing rule.id' }]);
  });

  test('a feed that is 1,000 nested arrays fails record by record, not with a stack overflow', () => {
    const feed = accepted(`${'['.repeat(1_000)}${']'.repeat(1_000)}`);
    expect(feed.events).toEqual([]);
    expect(feed.rejects).toEqual([{ where: '[0]', why: 'an event must be an object, found a list' }]);
  });
});

describe('a 50 MB string', () => {
  const huge = 'A'.repeat(50 * 1024 * 1024);

  test.each([
    ['message', 'events[1].message'],
    ['account', 'events[1].account'],
    ['id', 'events[1].id'],
  ])('as %s: refused with a bounded message, neighbours kept', (field, where) => {
    const feed = accepted(json(envelope([good, makeEvent({ id: 'big', [field]: huge })])));
    expect(ids(feed)).toEqual(['good']);
    expect(feed.rejects).toHaveLength(1);
    expect(feed.rejects[0]?.where).toBe(where);
    expect(feed.rejects[0]?.why).toMatch(/at most 100000|too big/i);
    expect(feed.rejects[0]?.why.length).toBeLessThan(300);
  });
});

describe('duplicate keys: JSON.parse would keep the last silently, so the record is refused', () => {
  const twice = `{"id":"dup","ts":"2026-02-11T09:00:00Z","account":"admin","action":"view","account":"mallory"}`;
  const column = twice.lastIndexOf('"account"') + 1;
  test.each([
    ['an envelope', `{"events":[${json(good)},\n${twice}]}`, 'events[1]', new RegExp(`duplicate key 'account' at line 2, column ${column}:`)],
    ['an array', `[${json(good)},${twice}]`, '[1]', /duplicate key 'account'/],
    ['NDJSON', `${json(good)}\r\n${twice}\r\n`, 'line 2', new RegExp(`duplicate key 'account' at line 2, column ${column}:`)],
    ['a stream', `${JSON.stringify(good, null, 2)}\n${twice}`, `document at line ${JSON.stringify(good, null, 2).split('\n').length + 1}`, /duplicate key/],
    ['an escaped spelling', `[${json(good)},${twice.replace('"account":"mallory"', '"\\u0061ccount":"mallory"')}]`, '[1]', /duplicate key 'account'/],
  ])('in %s', (_shape, text, where, why) => {
    const feed = accepted(text);
    expect(ids(feed)).toEqual(['good']);
    expect(feed.rejects).toEqual([{ where, why: expect.stringMatching(why) }]);
  });

  test('in meta: the meta is set aside (the app settings apply), the events stay', () => {
    const feed = accepted(`{"meta":{"timezone":"Asia/Tokyo","timezone":"UTC"},"events":[${json(good)}]}`);
    expect(ids(feed)).toEqual(['good']);
    expect(feed.context.timezone).toBe(TEST_SETTINGS.timezone);
    expect(feed.rejects).toEqual([{ where: 'meta', why: expect.stringMatching(/duplicate key 'timezone'.*app's settings/) }]);
  });

  test('in the envelope itself ("events" twice) the feed fails as a whole, with the position', () => {
    const result = ingest(`{"events":[${json(good)}],\n"events":[]}`);
    expect(result).toEqual({ ok: false, error: { where: 'line 2, column 1', why: expect.stringMatching(/duplicate key 'events' in the envelope/) } });
  });
});

describe('numbers JSON.parse accepts and the feed must not', () => {
  test.each([
    ['1e400 records (Infinity)', '{"id":"n","ts":"2026-02-11T09:00:00Z","account":"a","action":"export","records":1e400}', '[1].records', /Infinity|finite|number/i],
    ['1e400 as ts', '{"id":"n","ts":1e400,"account":"a","action":"view"}', '[1].ts', /not a timestamp/],
    ['-0 as ts', '{"id":"n","ts":-0,"account":"a","action":"view"}', '[1].ts', /not a timestamp/],
    ['"NaN" records', '{"id":"n","ts":"2026-02-11T09:00:00Z","account":"a","action":"export","records":"NaN"}', '[1].records', /expected number.*'NaN'/],
    ['"Infinity" bytes', '{"id":"n","ts":"2026-02-11T09:00:00Z","account":"a","action":"export","bytes":"Infinity"}', '[1].bytes', /expected number.*'Infinity'/],
    ['"NaN" as ts', '{"id":"n","ts":"NaN","account":"a","action":"view"}', '[1].ts', /not a timestamp: 'NaN'/],
  ])('%s is refused', (_name, record, where, why) => {
    const feed = accepted(`[${json(good)},${record}]`);
    expect(ids(feed)).toEqual(['good']);
    expect(feed.rejects).toEqual([{ where, why: expect.stringMatching(why) }]);
  });

  test('-0 records is read as no records: not an export, not a negative count', () => {
    const feed = accepted(`[{"id":"z","ts":"2026-02-11T09:00:00Z","account":"a","action":"view","records":-0,"bytes":-0}]`);
    expect(feed.events[0]).toMatchObject({ isExport: false });
    expect(feed.events[0]?.records === 0 && feed.events[0]?.bytes === 0).toBe(true);
  });
});

describe('encodings and line ends', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text);
  const ingestBytes = (bytes: Uint8Array) => new AnalysisService().ingest(bytes.buffer as ArrayBuffer, TEST_SETTINGS);

  test('invalid UTF-8 is read as U+FFFD with a warning naming the byte offset and line; every record is kept', () => {
    const head = bytesOf(`${json(good)}\n{"id":"bad","ts":"2026-02-11T09:00:00Z","account":"adm`);
    const text = Uint8Array.from([...head, 0xff, ...bytesOf(`in","action":"view"}\n`)]);
    const report = ingestBytes(text);
    if (!report.ok) throw new Error(report.error.why);
    expect(report.summary.events).toBe(2);
    expect(report.warnings[0]).toEqual({ where: `byte ${head.length} (line 2)`, why: expect.stringMatching(/invalid UTF-8 \(0xFF\)/) });
  });

  test('an encoded lone surrogate (ED A0 80) is invalid UTF-8 too', () => {
    const ok = ingestBytes(Uint8Array.from([...bytesOf('[{"id":"s","ts":"2026-02-11T09:00:00Z","account":"a'), 0xed, 0xa0, 0x80, ...bytesOf('","action":"view"}]')]));
    expect(ok.ok && ok.warnings[0]?.why).toMatch(/invalid UTF-8 \(0xED\).*3 invalid sequences/);
  });

  test('a lone surrogate written as a JSON escape is kept as written, stays distinct, and is shown as a visible marker', () => {
    const feed = accepted(json([makeEvent({ id: 'plain', account: 'admin' }), makeEvent({ id: 'lone', account: 'adm\ud800in' })]));
    expect(feed.accounts.size).toBe(2);
    expect(revealText(feed.events.find((e) => e.id === 'lone')?.account ?? '')).toContainEqual({ kind: 'hidden', code: 'U+D800' });
  });

  test.each([
    ['an envelope', json(envelope([good]))],
    ['NDJSON', `${json(good)}\n${json(makeEvent())}`],
  ])('a UTF-8 byte-order mark before %s is dropped, as bytes and as text', (_shape, text) => {
    const report = ingestBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf(text)]));
    expect(report.ok && report.rejects).toEqual([]);
    expect(accepted(`\uFEFF${text}`).rejects).toEqual([]);
  });

  test('CRLF line ends: NDJSON and pretty-printed envelopes read the same, and line numbers stay right', () => {
    expect(ids(accepted([json(good), json(makeEvent({ id: 'second' })), ''].join('\r\n')))).toEqual(['good', 'second']);
    expect(ids(accepted(JSON.stringify(envelope([good]), null, 2).replace(/\n/g, '\r\n')))).toEqual(['good']);
    const broken = accepted(`${json(good)}\r\n{"id": oops}\r\n`);
    expect(broken.rejects).toEqual([{ where: 'line 2', why: expect.stringMatching(/^not JSON at column 8/) }]);
    const result = ingest('{\r\n"events": [\r\n  {"id": oops}\r\n]}');
    expect(!result.ok && result.error.where).toBe('line 3, column 10');
  });
});

describe('a truncated file', () => {
  const whole = JSON.stringify(envelope([good, makeEvent({ id: 'second', message: 'cut here' })]), null, 2);

  test.each([0.2, 0.5, 0.9, 0.999])('an envelope cut at %f of its length fails as a whole, naming the place and saying it looks cut', (at) => {
    const text = whole.slice(0, Math.floor(whole.length * at));
    const result = ingest(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.where).toBe(`line ${text.split('\n').length}, column ${(text.split('\n').at(-1)?.length ?? 0) + 1}`);
    expect(result.error.why).toMatch(/truncated/);
  });

  test('NDJSON cut in its last line keeps every whole line and refuses the cut one', () => {
    const text = [json(good), json(makeEvent({ id: 'second' })), json(makeEvent({ id: 'third' })).slice(0, 30)].join('\n');
    const feed = accepted(text);
    expect(ids(feed)).toEqual(['good', 'second']);
    expect(feed.rejects).toEqual([{ where: 'line 3', why: expect.stringMatching(/^not JSON/) }]);
  });
});

describe('messages about hostile values are inert: bounded, with hidden characters made visible', () => {
  test('a rejected value with a bidi override, a zero-width space and a terminal escape', () => {
    const feed = accepted(json([good, makeEvent({ id: 'x', severity: '\u202Ehigh\u200B\u001b[2J' as 'high' })]));
    expect(feed.rejects[0]?.why).toContain("'⟨U+202E⟩high⟨U+200B⟩⟨U+001B⟩[2J'");
    for (const hidden of ['\u202E', '\u200B', '\u001b']) expect(feed.rejects[0]?.why).not.toContain(hidden);
  });

  test('a 100,000-character tactic is cut in its warning', () => {
    const feed = accepted(json([makeEvent({ id: 'x', attack: { tactic: `T${'A'.repeat(99_000)}` } })]));
    expect(feed.warnings.map((w) => w.why.length)).toEqual([expect.any(Number)]);
    expect(feed.warnings[0]?.why.length).toBeLessThan(200);
  });

  test("JSON.parse's own messages quote the text around the error: inert too, in a bad line and in a bad feed", () => {
    const feed = accepted(`${json(good)}\n{"a": \u202Eevil}`);
    expect(feed.rejects[0]?.why).toMatch(/⟨U\+202E⟩/);
    const result = ingest('{"events": [\u202E]}');
    expect(!result.ok && result.error.why).toMatch(/⟨U\+202E⟩/);
    expect(!result.ok && result.error.why).not.toContain('\u202E');
  });

  test('a repeated key with a bidi override is named visibly', () => {
    const feed = accepted(`[${json(good)},{"\\u202Ek":1,"\\u202Ek":2}]`);
    expect(feed.rejects[0]?.why).toMatch(/duplicate key '⟨U\+202E⟩k'/);
  });
});
