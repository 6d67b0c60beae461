import { describe, expect, test } from 'vitest';
import { killChainStrip } from '../incident-timeline/killChainStrip';
import type { WallAnomaly } from './wallAnomalies';
import { wallHeadline } from './wallHeadline';
import type { WallIncident, WallIncidents } from './wallIncidents';
import type { WallOffHours, WallOffHoursRow } from './wallOffHours';

const NOW = Date.parse('2026-02-12T06:00:00Z');
const HOUR = 3_600_000;

const anomaly = (account: string, kind: 'bulk' | 'trickle', records: number, endedHoursAgo: number): WallAnomaly => ({
  key: `${account}|${kind}|0`,
  label: account,
  kind,
  level: kind === 'bulk' ? 'red' : 'alarm',
  records,
  recordsText: `${records / 1e6}M records`,
  ratioText: '41× baseline',
  whenText: 'since 01:12',
  startedAt: NOW - (endedHoursAgo + 3) * HOUR,
  ongoing: endedHoursAgo === 0,
  to: NOW - endedHoursAgo * HOUR,
});

const incident = (id: string, tactics: string[]): WallIncident => ({
  key: id,
  id,
  title: null,
  furthestName: tactics.length ? 'Furthest' : null,
  strip: killChainStrip(tactics),
  reached: tactics.length,
  accounts: 1,
  detections: 3,
  last: NOW,
});
const incidents = (...open: WallIncident[]): WallIncidents => ({ open, moreOpen: 0, settled: 0 });

const row = (label: string, score: number): WallOffHoursRow => ({ label, score, counts: [], marks: [] });
const offHours = (...rows: WallOffHoursRow[]): WallOffHours => ({ hours: [], offHours: [], rows, maxCount: 0, privilegedActive: rows.length, flagged: rows.filter((r) => r.score > 0).length });

describe('wallHeadline', () => {
  test('puts last night’s bulk export first, in the words of the issue', () => {
    const headline = wallHeadline([anomaly('sup-adm-07', 'trickle', 300_000, 2), anomaly('sup-adm-04', 'bulk', 2_400_000, 0)], offHours(), incidents(), NOW);
    expect(headline.tone).toBe('alarm');
    expect(headline.text).toBe('sup-adm-04: 2.4M records exported since 01:12, 41× baseline, still going');
    expect(headline.also).toEqual(['sup-adm-07: 0.3M records trickled out since 01:12, 41× baseline']);
  });

  test.each([
    ['an ongoing trickle is an alarm', [anomaly('a', 'trickle', 1000, 5)], incidents(), 'alarm', /^a: .* trickled out/],
    ['a bulk export of last week is worth watching, not an alarm', [anomaly('a', 'bulk', 1e6, 50)], incidents(), 'watch', /^a: .* exported/],
    ['an incident that reached Exfiltration is an alarm', [], incidents(incident('INC-9', ['TA0001', 'TA0010'])), 'alarm', /^INC-9 reached Furthest: 2 of 14 tactics, 1 account$/],
    ['an incident still at Initial Access is worth watching', [], incidents(incident('INC-9', ['TA0001'])), 'watch', /^INC-9 reached/],
    ['an incident nobody placed says so', [], incidents(incident('INC-9', [])), 'watch', /^INC-9 is open, not yet placed/],
  ] as const)('%s', (_case, anomalies, open, tone, text) => {
    const headline = wallHeadline(anomalies, offHours(), open, NOW);
    expect(headline.tone).toBe(tone);
    expect(headline.text).toMatch(text);
  });

  test('an incident that reached Collection outranks an export of last week', () => {
    const headline = wallHeadline([anomaly('a', 'bulk', 9e6, 50)], offHours(), incidents(incident('INC-9', ['TA0009'])), NOW);
    expect(headline.text).toMatch(/^INC-9/);
    expect(headline.also).toEqual([expect.stringMatching(/^a: /)]);
  });

  test('off-hours use is named only for accounts no export anomaly already names', () => {
    const headline = wallHeadline([anomaly('sup-adm-07', 'bulk', 1e6, 1)], offHours(row('sup-adm-07', 108), row('sup-adm-02', 12), row('sup-adm-05', 0)), incidents(), NOW);
    expect(headline.also).toEqual(['sup-adm-02: privileged, active off-hours at hours it rarely works (score 12)']);
  });

  test('says at most three things and each subject once', () => {
    const headline = wallHeadline(
      [anomaly('a', 'bulk', 5e6, 1), anomaly('b', 'bulk', 4e6, 1), anomaly('c', 'bulk', 3e6, 1), anomaly('d', 'bulk', 2e6, 1)],
      offHours(row('a', 50)),
      incidents(),
      NOW,
    );
    expect([headline.text, ...headline.also].map((t) => t.split(':')[0])).toEqual(['a', 'b', 'c']);
  });

  test('is calm, and says why, when nothing is going on', () => {
    expect(wallHeadline([], offHours(row('sup-adm-05', 0)), incidents(), NOW)).toEqual({ tone: 'calm', text: expect.stringMatching(/^All quiet: no export above its baseline/), also: [] });
  });
});
