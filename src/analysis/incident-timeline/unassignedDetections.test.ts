import { expect, test } from 'vitest';
import { unassignedDetections } from './unassignedDetections';
import { detection, testFeed } from './testFeed';

const feed = testFeed([
  detection(0, { account: 'agent-001', attack: { technique: 'T1110.003' }, severity: 'low', rule: { id: 'R-9', name: 'Password spray' } }),
  detection(20, { account: 'agent-001', attack: { technique: 'T1110.003' }, severity: 'low', rule: { id: 'R-9', name: 'Password spray' } }),
  detection(300, { account: 'agent-001', attack: { technique: 'T1098' }, severity: 'medium' }),
  detection(5, { account: undefined, host: 'ids-01', attack: { technique: 'T1046' }, severity: 'critical' }),
  detection(10, { account: 'sup-adm-07', incident: 'INC-1', attack: { technique: 'T1567' } }),
  { id: 'plain', ts: '2026-02-01T00:00:00Z', account: 'agent-002', action: 'view' },
]);

test('only detections without an incident, every one counted', () => {
  const result = unassignedDetections(feed.events);
  expect(result.total).toBe(4);
  expect(result.groups.reduce((s, g) => s + g.count, 0)).toBe(4);
});

test('grouped by account (or host), worst first, and cut into bursts by the gap', () => {
  const { groups } = unassignedDetections(feed.events, 3_600_000);
  expect(groups.map((g) => [g.account, g.subject, g.count, g.worst])).toEqual([
    [null, 'ids-01', 1, 'critical'],
    ['agent-001', null, 3, 'medium'],
  ]);
  const agent = groups[1];
  // Most recent burst first: the account change at +300 min, then the spray at +0/+20 min.
  expect(agent?.windows.map((w) => w.count)).toEqual([1, 2]);
  expect(agent?.windows[1]).toMatchObject({ rules: [{ name: 'Password spray', count: 2 }], techniques: [{ techniqueId: 'T1110.003', techniqueName: 'Password Spraying', count: 2 }] });
});

test('a longer gap joins the bursts', () => {
  const agent = unassignedDetections(feed.events, 6 * 3_600_000).groups.find((g) => g.account === 'agent-001');
  expect(agent?.windowCount).toBe(1);
});
