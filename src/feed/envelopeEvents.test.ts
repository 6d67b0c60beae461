import { fc, test } from '@fast-check/vitest';
import { expect, test as plainTest } from 'vitest';
import { EnvelopeEvents } from './envelopeEvents';

/** The text pushed in pieces cut at the given offsets, as a network (and the decoder) delivers it. */
function splitThrough(text: string, cuts: number[]): unknown {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const splitter = new EnvelopeEvents();
  let from = 0;
  for (const cut of [...at, text.length]) {
    if (cut > from) splitter.push(text.slice(from, cut));
    from = cut;
  }
  return splitter.finish();
}

// Strings made of what a scanner can trip on: quotes, runs of backslashes, brackets, commas, colons, non-ASCII.
const nasty = fc.string({ unit: fc.constantFrom('\\', '"', ',', ':', '[', ']', '{', '}', 'a', ' ', '\n', 'é', '😀', '\u2028'), maxLength: 12 });
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(nasty, tie('value'), { maxKeys: 4 }),
})).value;
const envelopeText = fc
  .record({
    meta: fc.dictionary(fc.oneof(nasty, fc.constant('events')), value, { maxKeys: 4 }),
    events: fc.array(value, { maxLength: 12 }),
    incidents: fc.array(fc.record({ id: nasty }), { maxLength: 3 }),
    eventsFirst: fc.boolean(),
    indent: fc.constantFrom(0, 2),
  })
  .map(({ meta, events, incidents, eventsFirst, indent }) =>
    JSON.stringify(eventsFirst ? { events, version: 1, meta, incidents } : { version: 1, meta, events, incidents }, null, indent),
  );
const cuts = fc.array(fc.nat(), { maxLength: 16 });

test.prop([envelopeText, cuts])('an envelope parsed as it arrives is exactly what JSON.parse makes of the whole text', (text, at) => {
  const tail = text.slice(text.lastIndexOf(']'));
  const result = splitThrough(text, at);
  // It gives up only where it says it does: a second `"events"` or a \u escape after the list.
  if (result === undefined) expect(tail.includes('"events"') || tail.includes('\\u') || text.indexOf('"events"') !== text.lastIndexOf('"events"')).toBe(true);
  else expect(result).toEqual(JSON.parse(text));
});

const bareText = fc.record({ events: fc.array(value, { maxLength: 12 }), indent: fc.constantFrom(0, 2), lead: fc.constantFrom('', ' \n', '\uFEFF'), trail: fc.constantFrom('', '\n', ' \r\n') }).map(({ events, indent, lead, trail }) => `${lead}${JSON.stringify(events, null, indent)}${trail}`);

test.prop([bareText, cuts])('a bare array parsed as it arrives is exactly what JSON.parse makes of the whole text', (text, at) => {
  expect(splitThrough(text, at)).toEqual(JSON.parse(text.replace(/^\uFEFF/, '')));
});

test.prop([bareText, fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'double'), char: fc.constantFrom(',', '"', '\\', ']', '[', '}', '{', ':', ' ', 'x', '0') }), cuts])('a broken bare array gives nothing, or what JSON.parse gives', (text, { at, kind, char }, where) => {
  const i = at % (text.length + 1);
  const broken = kind === 'delete' ? text.slice(0, i) + text.slice(i + 1) : kind === 'insert' ? text.slice(0, i) + char + text.slice(i) : text.slice(0, i) + text.slice(i, i + 1).repeat(2) + text.slice(i + 1);
  let expected: unknown;
  try {
    expected = JSON.parse(broken.replace(/^\uFEFF/, ''));
  } catch {
    expect(splitThrough(broken, where)).toBeUndefined();
    return;
  }
  const result = splitThrough(broken, where);
  if (result !== undefined) expect(result).toEqual(expected);
});

// A SIEM's documents: an Elasticsearch/OpenSearch `_search` response (its `hits.hits`) and a CloudTrail log file
// (`Records`), members in any order, with others around them that may hold the same key names deeper down.
const members = fc.dictionary(fc.oneof(nasty, fc.constantFrom('hits', 'Records', 'events')), value, { maxKeys: 3 });
const searchText = fc
  .record({ hits: fc.array(value, { maxLength: 12 }), inner: members, outer: members, hitsFirst: fc.boolean(), indent: fc.constantFrom(0, 2) })
  .map(({ hits, inner, outer, hitsFirst, indent }) => {
    const { hits: _drop, ...innerRest } = inner;
    const { hits: _also, ...outerRest } = outer;
    const box = hitsFirst ? { hits, ...innerRest } : { total: { value: hits.length }, ...innerRest, hits };
    return JSON.stringify(hitsFirst ? { hits: box, took: 3, ...outerRest } : { took: 3, ...outerRest, hits: box }, null, indent);
  });
const trailText = fc
  .record({ records: fc.array(value, { maxLength: 12 }), outer: members, indent: fc.constantFrom(0, 2) })
  .map(({ records, outer, indent }) => {
    const { Records: _drop, ...rest } = outer;
    return JSON.stringify({ ...rest, Records: records }, null, indent);
  });

test.prop([fc.oneof(searchText, trailText), cuts])('a search response or a CloudTrail file parsed as it arrives is what JSON.parse makes of it, or nothing', (text, at) => {
  const result = splitThrough(text, at);
  if (result !== undefined) expect(result).toEqual(JSON.parse(text));
});

test.prop([fc.array(fc.record({ _id: fc.string(), _source: fc.record({ message: nasty, n: fc.integer() }) }), { maxLength: 12 }), fc.array(fc.record({ eventID: nasty }), { maxLength: 12 }), cuts])('plain search responses and CloudTrail files are always parsed as they arrive', (hits, records, at) => {
  const search = JSON.stringify({ took: 5, timed_out: false, hits: { total: { value: hits.length }, max_score: null, hits }, aggregations: { a: { buckets: [] } } });
  expect(splitThrough(search, at)).toEqual(JSON.parse(search));
  const trail = JSON.stringify({ Records: records });
  expect(splitThrough(trail, at)).toEqual(JSON.parse(trail));
});

const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'double'), char: fc.constantFrom(',', '"', '\\', ']', '[', '}', '{', ':', ' ', 'x', '0') });

test.prop([envelopeText, mutation, cuts])('a broken envelope gives nothing (the caller then parses the whole text and names the error)', (text, { at, kind, char }, where) => {
  const i = at % (text.length + 1);
  const broken = kind === 'delete' ? text.slice(0, i) + text.slice(i + 1) : kind === 'insert' ? text.slice(0, i) + char + text.slice(i) : text.slice(0, i) + text.slice(i, i + 1).repeat(2) + text.slice(i + 1);
  let expected: unknown;
  try {
    expected = JSON.parse(broken);
  } catch {
    expect(splitThrough(broken, where)).toBeUndefined();
    return;
  }
  const result = splitThrough(broken, where);
  if (result !== undefined) expect(result).toEqual(expected);
});

plainTest.each([
  ['a top-level key written with an escape, which JSON.parse reads as "events"', '{"ev\\u0065nts":[{"a":1}],"events":[]}'],
  ['"events" twice', '{"events":[{"a":1}],"events":[{"b":2}]}'],
  ['a second "events" after the list, spelt with an escape', '{"events":[{"a":1}],"ev\\u0065nts":[]}'],
  ['a trailing comma in the list', '{"events":[{"a":1},]}'],
  ['text after a bare array', '[{"a":1}] [{"b":2}]'],
  ['a trailing comma in a bare array', '[{"a":1},]'],
  ['a bare array that never ends', '[{"a":1},{"b":2}'],
  ['an envelope whose events are not a list', '{"events":{"a":1}}'],
  ['text after the envelope', '{"events":[{"a":1}]} {"events":[]}'],
  ['an envelope with no events', '{"version":1,"meta":{}}'],
  ['a second "hits" after the search response’s hits', '{"hits":{"hits":[{"a":1}]},"hits":{"hits":[]}}'],
  ['a search response whose outer "hits" is spelt with an escape', '{"h\\u0069ts":{"hits":[{"a":1}]},"hits":{"hits":[]}}'],
  ['a search response whose inner "hits" is spelt with an escape', '{"hits":{"h\\u0069ts":[{"a":1}],"hits":[]}}'],
  ['CloudTrail Records that are not a list', '{"Records":{"a":1}}'],
  ['"hits" that are a list at the top (not a search response)', '{"hits":[{"a":1}]}'],
])('gives up on %s', (_case, text) => {
  for (let cut = 0; cut <= text.length; cut++) expect(splitThrough(text, [cut])).toBeUndefined();
});

plainTest('an empty list, and strings that end in backslashes at every possible cut', () => {
  expect(splitThrough('{"version":1,"events":[ ]}', [])).toEqual({ version: 1, events: [] });
  const text = JSON.stringify({ events: [{ m: 'a\\' }, { m: '\\\\"' }, { m: '",{' }, 'x\\\\\\'] });
  for (let cut = 0; cut <= text.length; cut++) {
    for (const second of [cut + 1, cut + 2, cut + 5]) expect(splitThrough(text, [cut, second])).toEqual(JSON.parse(text));
  }
});
