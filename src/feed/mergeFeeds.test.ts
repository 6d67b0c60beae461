import { expect, test } from 'vitest';
import { ingestFeedBytes } from './ingestFeedBytes';
import { envelope, makeEvent, TEST_SETTINGS } from '../test/feedBuilders';

const encode = (text: string) => new TextEncoder().encode(text);

function joined(files: [string, string][]) {
  const chunks = files.map(([, text]) => encode(text));
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return ingestFeedBytes(bytes, { ...TEST_SETTINGS, parts: files.map(([label], i) => ({ label, bytes: chunks[i]!.length })) });
}

test('several files are read each in its own shape, merged, and keep their labels', () => {
  const result = joined([
    ['a.json', JSON.stringify(envelope([makeEvent({ id: 'a1', ts: '2026-02-11T10:00:00Z' }), makeEvent({ id: 'bad', ts: 'never' })]))],
    ['b.ndjson', `${JSON.stringify(makeEvent({ id: 'b1', ts: '2026-02-11T09:00:00Z' }))}\n${JSON.stringify(makeEvent({ id: 'a1' }))}\n`],
    ['c.txt', 'not json at all'],
  ]);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const { feed } = result;
  expect(feed.events.map((e) => e.id)).toEqual(['b1', 'a1']);
  expect(feed.raw[feed.events[0]!.index]).toMatchObject({ id: 'b1' });
  expect(feed.parts.map((p) => [p.label, p.to - p.from])).toEqual([
    ['a.json', 1],
    ['b.ndjson', 1],
  ]);
  expect(feed.rejects.map((r) => r.where)).toEqual(['c.txt: line 1, column 1', 'a.json: events[1].ts', 'b.ndjson: event "a1"']);
  expect(feed.rejects[2]?.why).toBe('duplicate id, first seen in a.json');
  expect(feed.context.source).toBe('a.json + b.ndjson');
});

test('when no file can be read the feed fails, naming the first', () => {
  const result = joined([
    ['x.txt', 'nope'],
    ['y.txt', 'nope either'],
  ]);
  expect(result).toEqual({ ok: false, error: { where: 'x.txt: line 1, column 1', why: expect.stringMatching(/not JSON/) } });
});
