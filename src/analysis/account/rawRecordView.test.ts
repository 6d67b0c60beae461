import { describe, expect, test } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import type { FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { rawRecordView, revealSensitiveValue } from './rawRecordView';

function feedOf(events: FeedEventInput[]) {
  const result = ingestFeed(JSON.stringify(envelope(events)), TEST_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  return result.feed;
}

const shown = (view: ReturnType<typeof rawRecordView>) => view?.parts.map((p) => (p.kind === 'text' ? p.text : `[${p.shown}]`)).join('');

describe('the raw record', () => {
  test('is the feed record as indented JSON, unknown fields and all', () => {
    const record = makeEvent({ id: 'r1', account: 'sup-adm-07', ticket: { queue: 'fraud', tags: ['a', 'b'], empty: [] }, score: 0.5 });
    const view = rawRecordView(feedOf([record]), 'sup-adm-07', 'r1');
    expect(shown(view)).toBe(JSON.stringify(record, null, 2));
    expect(view?.masked).toBe(0);
  });

  test('shows hidden and direction-changing characters as escapes, so nothing reorders or hides text', () => {
    const view = rawRecordView(feedOf([makeEvent({ id: 'r1', message: 'ok\u202Egnp.exe\u200B<script>' })]), 'agent-001', 'r1');
    expect(shown(view)).toContain('"message": "ok\\u202egnp.exe\\u200b<script>"');
  });

  test('masks each sensitive value inside text, and whole fields named for what they hold', () => {
    const record = makeEvent({ id: 'r1', message: 'refund to NL91ABNA0417164300 for jan@example.org', customer: { passport: 'X', phone: 612345678 } });
    const view = rawRecordView(feedOf([record]), 'agent-001', 'r1');
    expect(shown(view)).toContain('"message": "refund to [NL91 •••• •••• •••• 00] for [j•••@e•••.org]"');
    expect(shown(view)).toContain('"passport": "[••••]"');
    expect(shown(view)).toContain('"phone": [•••••••78]');
    expect(view?.parts.filter((p) => p.kind === 'masked').map((p) => p.kind === 'masked' && p.what)).toEqual(['iban', 'email', 'sensitive-field', 'sensitive-field']);
  });

  test('reveals exactly the value asked for, by its id', () => {
    const feed = feedOf([makeEvent({ id: 'r1', message: 'a@example.org and +31 6 12345678' })]);
    expect(revealSensitiveValue(feed, 'agent-001', 'r1', 0)).toBe('a@example.org');
    expect(revealSensitiveValue(feed, 'agent-001', 'r1', 1)).toBe('+31 6 12345678');
    expect(revealSensitiveValue(feed, 'agent-001', 'r1', 2)).toBeNull();
  });

  test("is null for an event that is not the account's, or not in the feed (a stale or edited link)", () => {
    const feed = feedOf([makeEvent({ id: 'r1', account: 'someone-else', message: 'a@example.org' })]);
    expect(rawRecordView(feed, 'agent-001', 'r1')).toBeNull();
    expect(rawRecordView(feed, 'someone-else', 'nope')).toBeNull();
    expect(revealSensitiveValue(feed, 'agent-001', 'r1', 0)).toBeNull();
  });
});
