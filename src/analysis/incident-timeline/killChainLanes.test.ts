import { describe, expect, test } from 'vitest';
import { TACTICS } from '../../attack/catalogue';
import { killChainLanes, type KillChainLanes } from './killChainLanes';
import { UNPLACED } from './detectionInfo';
import { detection, testFeed } from './testFeed';

const detectionsOf = (events: Parameters<typeof testFeed>[0]) => testFeed(events).events.filter((e) => e.isDetection);
const lane = (lanes: KillChainLanes, id: string) => {
  const found = lanes.lanes.find((l) => l.id === id);
  if (!found) throw new Error(`no lane ${id}`);
  return found;
};
/** Placements drawn: markers one each, clusters by their count. */
const drawn = (lanes: KillChainLanes) =>
  lanes.lanes.reduce((sum, l) => sum + (l.markers?.length ?? 0) + (l.clusters ?? []).reduce((s, c) => s + c.count, 0), 0);

describe('lanes', () => {
  const lanes = killChainLanes(
    detectionsOf([
      detection(0, { id: 'login', attack: { technique: 'T1078' } }),
      detection(10, { id: 'c2', attack: { tactic: 'command and control', technique: 'T1071' } }),
      detection(20, { id: 'exfil', attack: { tactic: 'TA0010', technique: 'T1567.002' }, severity: 'high' }),
      detection(30, { id: 'weird', attack: { technique: 'T9999' } }),
      detection(40, { id: 'bare', attack: undefined, severity: 'low' }),
    ]),
    null,
  );

  test('come in kill-chain order, Command and Control before Exfiltration, unplaced last', () => {
    expect(lanes.lanes.map((l) => l.id)).toEqual([...TACTICS.map((t) => t.id), UNPLACED]);
    expect(lanes.lanes.findIndex((l) => l.id === 'TA0011')).toBeLessThan(lanes.lanes.findIndex((l) => l.id === 'TA0010'));
  });

  test('put a multi-tactic detection in each of its lanes, as the same detection', () => {
    const lanesWithLogin = lanes.lanes.filter((l) => l.markers?.some((m) => lanes.detections[m.detection]?.id === 'login'));
    expect(lanesWithLogin.map((l) => l.name)).toEqual(['Initial Access', 'Persistence', 'Privilege Escalation', 'Defense Evasion']);
    const indexes = new Set(lanesWithLogin.flatMap((l) => l.markers?.filter((m) => lanes.detections[m.detection]?.id === 'login').map((m) => m.detection)));
    expect(indexes.size).toBe(1);
    expect(lanes.detections.filter((d) => d.id === 'login')).toHaveLength(1);
  });

  test('label markers with the technique ID and name, sub-techniques too', () => {
    expect(lane(lanes, 'TA0010').labels).toEqual([{ ts: expect.any(Number), text: 'T1567.002 Exfiltration to Cloud Storage' }]);
  });

  test('keep an unknown technique and an unmapped detection, in the unplaced lane', () => {
    expect(lane(lanes, UNPLACED).labels.map((l) => l.text)).toEqual(['unknown technique T9999', 'no technique stated']);
  });

  test('hold every detection: each placement is drawn once', () => {
    expect(lanes.counts).toEqual({ detections: 5, inWindow: 5, placements: 8 });
    expect(drawn(lanes)).toBe(8);
    expect(lanes.lanes.filter((l) => l.total === 0)).toHaveLength(15 - 7); // four for T1078, C2, exfiltration, unplaced
  });

  test('say which ID the feed used when it was revoked', () => {
    const revoked = killChainLanes(detectionsOf([detection(0, { attack: { technique: 'T1169' } })]), null);
    const marker = lane(revoked, 'TA0004').markers?.[0];
    const placement = marker && revoked.detections[marker.detection]?.placements[marker.placement];
    expect(placement).toMatchObject({ techniqueId: 'T1548.003', stated: 'T1169', flags: ['revoked'] });
  });
});

describe('clusters', () => {
  // 400 exfiltration detections a minute apart, plus one discovery detection.
  const many = detectionsOf([
    detection(0, { attack: { tactic: 'Discovery', technique: 'T1087' } }),
    ...Array.from({ length: 400 }, (_, i) => detection(60 + i, { attack: { technique: 'T1030' }, severity: i === 200 ? 'critical' : 'low' })),
  ]);
  const options = { clusterAbove: 300, bins: 50, rows: 100 };

  test('a lane above the limit is binned; the others keep their markers', () => {
    const lanes = killChainLanes(many, null, options);
    const exfil = lane(lanes, 'TA0010');
    expect(exfil.markers).toBeNull();
    expect(exfil.clusters?.reduce((s, c) => s + c.count, 0)).toBe(400);
    expect(exfil.clusters?.some((c) => c.worst === 'critical')).toBe(true);
    expect(exfil.clusters?.length).toBeLessThanOrEqual(50);
    expect(lane(lanes, 'TA0007').markers).toHaveLength(1);
    expect(lanes.detections.length).toBeLessThanOrEqual(1 + options.rows);
  });

  test('zooming into a window brings the markers back', () => {
    const start = Date.parse('2026-02-01T01:00:00Z');
    const lanes = killChainLanes(many, { start, end: start + 100 * 60_000 }, options);
    expect(lane(lanes, 'TA0010').markers).toHaveLength(101);
    expect(lane(lanes, 'TA0010').total).toBe(400);
    expect(lane(lanes, 'TA0007')).toMatchObject({ total: 1, inWindow: 0 });
  });

  test('the table rows are the earliest in the window, capped', () => {
    const lanes = killChainLanes(many, null, options);
    const times = lanes.rows.map((i) => lanes.detections[i]?.ts ?? 0);
    expect(times).toHaveLength(100);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('zoom window', () => {
  const events = detectionsOf([detection(0, { attack: { technique: 'T1087' } }), detection(600, { attack: { technique: 'T1087' } })]);

  test('a window outside the detections falls back to their whole span', () => {
    const lanes = killChainLanes(events, { start: 1, end: 2 });
    expect(lanes.window).toEqual(lanes.span);
    expect(lanes.span.start).toBeLessThan(events[0]?.ts ?? 0);
    expect(lanes.span.end).toBeGreaterThan(events[1]?.ts ?? 0);
  });

  test('a window inside is kept', () => {
    const start = events[0]?.ts ?? 0;
    expect(killChainLanes(events, { start, end: start + 60_000 }).window).toEqual({ start, end: start + 60_000 });
  });

  test('no detections give empty lanes, not an error', () => {
    const lanes = killChainLanes([], null);
    expect(lanes.lanes.every((l) => l.total === 0)).toBe(true);
  });
});
