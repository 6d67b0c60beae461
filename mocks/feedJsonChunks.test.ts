import { expect, test } from 'vitest';
import { demoScenario } from './demoScenario';
import { feedJsonChunks, ndjsonChunks } from './feedJsonChunks';

const { feed } = demoScenario({ seed: 7, now: Date.parse('2026-02-12T06:00:00Z'), days: 1, scale: 0.1 });

test.each([1, 7, 5_000])('joined chunks of %i events are exactly JSON.stringify of the feed', (size) => {
  expect([...feedJsonChunks(feed, size)].join('')).toBe(JSON.stringify(feed));
});

test('an envelope without events is still valid JSON', () => {
  const empty = { schema: 'breachline/v1' as const, meta: { timezone: 'UTC' }, events: [] };
  expect([...feedJsonChunks(empty)].join('')).toBe(JSON.stringify(empty));
});

test('NDJSON has one event per line, each the event itself', () => {
  const lines = [...ndjsonChunks(feed, 100)].join('').split('\n');
  expect(lines.at(-1)).toBe(''); // the last line ends with a newline too
  expect(lines.slice(0, -1).map((line) => JSON.parse(line) as unknown)).toEqual(feed.events);
});
