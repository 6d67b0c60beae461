import { expect, test } from 'vitest';
import { ingestFeed } from '../ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';

const trailEvent = (n: number, extra = '') =>
  `{"eventVersion": "1.08", "eventTime": "2026-02-11T10:0${n}:00Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject", "eventID": "ev-${n}", "userIdentity": {"type": "IAMUser", "userName": "alice"${extra}}}`;

test('a repeated key inside one CloudTrail record refuses that record, not the file', () => {
  const text = `{"Records": [${trailEvent(1)}, ${trailEvent(2, ', "userName": "mallory"')}, ${trailEvent(3)}]}`;
  const result = ingestFeed(text, TEST_SETTINGS);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.feed.events.map((e) => e.id).sort()).toEqual(['ev-1', 'ev-3']);
  expect(result.feed.rejects).toEqual([{ where: 'Records[1]', why: expect.stringMatching(/^duplicate key 'userName' at line 1/) }]);
});

test('a repeated key inside one search hit refuses that hit', () => {
  const hit = (id: string, extra = '') => `{"_id": "${id}", "_source": {"@timestamp": "2026-02-11T10:00:00Z", "ecs": {"version": "8.11"}, "event": {"kind": "alert"${extra}}, "user": {"name": "bob"}, "kibana.alert.severity": "high"}}`;
  const text = `{"hits": {"hits": [${hit('a')}, ${hit('b', ', "kind": "event"')}]}}`;
  const result = ingestFeed(text, TEST_SETTINGS);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.feed.rejects.map((r) => r.where)).toEqual(['hits.hits[1]']);
  expect(result.feed.events).toHaveLength(1);
});
