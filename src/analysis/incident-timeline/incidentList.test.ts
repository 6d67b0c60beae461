import { expect, test } from 'vitest';
import { analyzeFeed } from '../analyzeFeed';
import { incidentList } from './incidentList';
import { incidentTimeline } from './incidentTimeline';
import { detection, testFeed } from './testFeed';

const feed = testFeed(
  [
    detection(0, { incident: 'INC-1', account: 'sup-adm-07', attack: { tactic: 'Initial Access', technique: 'T1078' } }),
    detection(60, { incident: 'INC-1', account: 'sup-adm-07', attack: { technique: 'T1087.001' } }),
    detection(120, { incident: 'INC-1', account: 'sup-adm-04', attack: { technique: 'T1567.002' } }),
    detection(30, { incident: 'INC-2', account: 'agent-001', attack: { technique: 'T1110' } }),
  ],
  [{ id: 'INC-1', title: 'Bulk export', status: 'open' }],
);

test('each incident says how far it got, in words and as a 14-cell strip', () => {
  const [first, second] = incidentList(feed);
  expect(first).toMatchObject({ id: 'INC-1', title: 'Bulk export', status: 'open', furthest: 'TA0010', furthestName: 'Exfiltration', accounts: ['sup-adm-04', 'sup-adm-07'] });
  expect(first?.strip).toHaveLength(14);
  expect(first?.strip.filter((c) => c.reached).map((c) => c.name)).toEqual(['Initial Access', 'Discovery', 'Exfiltration']);
  expect(first?.strip.filter((c) => c.furthest).map((c) => c.name)).toEqual(['Exfiltration']);
  // An incident id used by events but not declared still gets an entry.
  expect(second).toMatchObject({ id: 'INC-2', title: null, furthestName: 'Credential Access' });
});

test('analyze --json reports the tactics reached and the furthest', () => {
  expect(analyzeFeed(feed).incidents).toEqual([
    { id: 'INC-1', tactics: ['TA0001', 'TA0007', 'TA0010'], furthest: 'TA0010' },
    { id: 'INC-2', tactics: ['TA0006'], furthest: 'TA0006' },
  ]);
});

test('the timeline of an incident holds its detections only; an unknown incident gives null', () => {
  const timeline = incidentTimeline(feed, 'INC-1', null);
  expect(timeline?.lanes.counts.detections).toBe(3);
  expect(timeline?.ticks.length).toBeGreaterThan(0);
  expect(incidentTimeline(feed, 'INC-404', null)).toBeNull();
});

test('with no incident asked for, the timeline is of the one that got furthest', () => {
  expect(incidentTimeline(feed, null, null)?.incident.id).toBe('INC-1');
  expect(incidentTimeline(testFeed([detection(0, { attack: { technique: 'T1110' } })]), null, null)).toBeNull();
});

test('an incident spans every event that names it, detections or not, and one no event names has no span', () => {
  const START = Date.parse('2026-02-01T00:00:00Z');
  const named = testFeed(
    [
      detection(10, { incident: 'INC-1', account: 'sup-adm-07', attack: { technique: 'T1078' } }),
      // An export the SIEM tied to the incident: part of its span and its accounts, not a detection.
      { ...detection(90, { incident: 'INC-1', account: 'sup-adm-04' }), action: 'export', records: 5_000, severity: undefined, rule: undefined },
      detection(20, { account: 'ag-0001', attack: { technique: 'T1110' } }),
    ],
    [{ id: 'INC-1' }, { id: 'INC-9', title: 'Opened by hand' }],
  );
  const [one, nine] = incidentList(named);
  expect(one).toMatchObject({ id: 'INC-1', first: START + 10 * 60_000, last: START + 90 * 60_000, detections: 1, accounts: ['sup-adm-04', 'sup-adm-07'] });
  expect(nine).toMatchObject({ id: 'INC-9', first: null, last: null, detections: 0, accounts: [], furthest: null });
  expect(incidentTimeline(named, 'INC-1', null)?.lanes.counts.detections).toBe(1);
  // Asked again of the same feed: the same answer.
  expect(incidentList(named)).toEqual([one, nine]);
});
