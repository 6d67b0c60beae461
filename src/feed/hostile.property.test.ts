import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect } from 'vitest';
import { ingestFeed, type IngestResult } from './ingestFeed';
import { FEED_FORMATS } from './adapters/feedFormats';
import { AnalysisService } from '../worker/analysisService';
import { TEST_SETTINGS } from '../test/feedBuilders';

// `npm test` runs these with a fixed seed, so a red run is reproducible and a green one means the same thing twice.
// `npm run fuzz` sets FUZZ_RUNS for a long run on a fresh seed (fast-check prints it on failure; FUZZ_SEED replays it).
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 0);
const params = fuzzRuns > 0 ? { numRuns: fuzzRuns, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) } : { numRuns: 150, seed: 20_260_212 };
const timeout = fuzzRuns > 0 ? 0 : 30_000;

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const baseline = prototypeKeys();
afterEach(() => {
  expect(prototypeKeys()).toEqual(baseline);
  expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
});

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'ts', 'account', 'action', 'records', 'rule', 'attack', 'severity', 'incident'), fc.string({ maxLength: 8 }));
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }), // lone surrogates included
  fc.constantFrom('<img src=x onerror=alert(1)>', 'adm\u200Bin', '\u202Egpj.exe', '1e400', 'NaN', '-0', '', '2026-02-11T09:00:00Z', 'export', 'high', 'TA0010', 'T1567'),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    fc.constantFrom(null, true, -0, 0, 1e308, -1, 1.5, Date.parse('2026-02-11T09:00:00Z')),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;
const hostileRecord = fc.dictionary(hostileKey, hostileValue, { maxKeys: 8 });

/** Every object in an ingested feed must be an ordinary one: no prototype smuggled in through `__proto__`. */
function assertOrdinary(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const proto: unknown = Object.getPrototypeOf(value);
  const ordinary = [Object.prototype, Array.prototype, Map.prototype, Set.prototype, null].some((p) => p === proto);
  expect(ordinary, `an object with a foreign prototype: ${JSON.stringify(value)?.slice(0, 200)}`).toBe(true);
  for (const child of value instanceof Map ? value.values() : Object.values(value)) assertOrdinary(child, seen);
}

function assertAccounted(result: IngestResult, records: number): void {
  if (!result.ok) {
    expect(result.error.where.length).toBeGreaterThan(0);
    expect(result.error.why.length).toBeGreaterThan(0);
    return;
  }
  // A rejected record is one reject; a repeat of an id is a reject too. Nothing is dropped without a count.
  expect(result.feed.events.length + result.feed.rejects.length).toBe(records);
  for (const reject of [...result.feed.rejects, ...result.feed.warnings]) expect(reject.why.length).toBeGreaterThan(0);
  assertOrdinary(result.feed.events);
  assertOrdinary(result.feed.accounts);
  assertOrdinary(result.feed.incidents);
}

describe('the parser, over any records in any shape', () => {
  test.prop([fc.array(hostileRecord, { maxLength: 12 })], params)('as an array: every record accepted or rejected, none polluted', (records) => {
    assertAccounted(ingestFeed(JSON.stringify(records), TEST_SETTINGS), records.length);
  }, timeout);

  test.prop([fc.array(hostileRecord, { maxLength: 12 }), hostileRecord], params)('in an envelope', (records, meta) => {
    assertAccounted(ingestFeed(JSON.stringify({ schema: 'breachline/v1', meta, events: records }), TEST_SETTINGS), records.length);
  }, timeout);

  test.prop([fc.array(fc.oneof(hostileRecord, fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n')], params)(
    'as NDJSON, with text lines among them',
    (lines, eol) => {
      const text = lines.map((line) => (typeof line === 'string' ? line.replace(/[\r\n]/g, ' ') : JSON.stringify(line))).join(eol);
      const result = ingestFeed(text, TEST_SETTINGS);
      // Blank lines are skipped and a shape may not be detected at all, so only the no-throw and no-pollution hold here.
      if (result.ok) assertOrdinary(result.feed.events);
      else expect(result.error.why.length).toBeGreaterThan(0);
    },
    timeout,
  );

  test.prop([fc.array(hostileRecord, { minLength: 1, maxLength: 8 }), fc.constantFrom(...FEED_FORMATS)], params)('through every adapter, forced', (records, format) => {
    const result = ingestFeed(JSON.stringify(records), TEST_SETTINGS, { format });
    if (result.ok) assertOrdinary(result.feed.events);
    else expect(result.error.why.length).toBeGreaterThan(0);
  }, timeout);
});

describe('the whole pipeline, over any bytes', () => {
  // Valid feeds cut, spliced and sprinkled with bad bytes: a fuzzer's view of a disk, a proxy or an attacker.
  const validFeed = fc.array(hostileRecord, { maxLength: 6 }).map((records) => new TextEncoder().encode(JSON.stringify({ events: records })));
  const mangled = fc.tuple(validFeed, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.option(fc.nat())).map(([bytes, edits, cut]) => {
    const out = Uint8Array.from(bytes);
    for (const [at, byte] of edits) if (out.length > 0) out[at % out.length] = byte;
    return cut === null || out.length === 0 ? out : out.slice(0, cut % out.length);
  });

  test.prop([fc.oneof(fc.uint8Array({ maxLength: 200 }), mangled)], params)('ingest never throws: a feed, or an error with where and why', (bytes) => {
    const report = new AnalysisService().ingest(Uint8Array.from(bytes).buffer, TEST_SETTINGS);
    if (report.ok) expect(report.summary.events).toBeGreaterThanOrEqual(0);
    else expect(report.error.where.length * report.error.why.length).toBeGreaterThan(0);
  }, timeout);
});
