import { describe, expect, test } from 'vitest';
import { adminOffice, exportAt, feedOf, NOW, officeExporter, present } from './exportFixtures';
import { exportAnomalies, rankExportAnomalies } from './exportAnomalies';
import { exportVolumeModel } from './exportVolumeModel';

const DAY = 86_400_000;
const rank = (events: Parameters<typeof feedOf>[0], roles: Record<string, string> = {}) => rankExportAnomalies(exportVolumeModel(feedOf(events, roles))!);
const flagsOf = (r: ReturnType<typeof rank>) => r.ranked.map((a) => `${a.account}:${a.kind}`);

describe('the ranking', () => {
  test('an office routine alone flags nothing', () => {
    const r = rank(adminOffice());
    expect(r.ranked).toEqual([]);
    expect(r.unusual).toEqual([]);
  });

  test('a night-time dump by an admin is a ranked, red bulk whose sentence says why', () => {
    const r = rank([...adminOffice(), exportAt('adm-3', 29, 2, 400_000), exportAt('adm-3', 29, 3, 350_000)]);
    expect(flagsOf(r)).toEqual(['adm-3:bulk']);
    const [bulk] = r.ranked;
    expect(bulk).toMatchObject({ level: 'red', material: true, records: 750_000, from: Date.parse('2026-02-11T02:00:00Z'), to: Date.parse('2026-02-11T04:00:00Z') });
    expect(bulk!.excessRecords).toBe(750_000);
    expect(bulk!.explanation).toMatch(/^750,000 records in 2 hours, 11 Feb, 02:00–04:00: .* a typical export hour of [\d,]+ for adm-3/);
    expect(bulk!.explanation).toMatch(/support-admin role's P99 for the hour is 0\. Peak score [\d.]+ \(amber ≥ 3\.5, red ≥ 6\) against its own last 28 days/);
    expect(bulk!.explanation).toMatch(/normally exports nothing at that hour/);
  });

  test('a dump in business hours is found too: a half-silent hour does not hide it', () => {
    const r = rank([...adminOffice(), exportAt('adm-2', 29, 10, 900_000)]);
    expect(flagsOf(r)).toEqual(['adm-2:bulk']);
  });

  test('a one-off export in business hours that stays inside the system’s band is unusual, not ranked', () => {
    // A team lead who exports a few dozen records now and then, and once 25,000 at 15:00 on a busy day.
    const lead = [...present('tl-1'), ...[2, 6, 9, 15, 20, 23].map((d) => exportAt('tl-1', d, 11, 40 + d)), exportAt('tl-1', 17, 15, 25_000)];
    const peers = ['tl-2', 'tl-3', 'tl-4'].flatMap((a, i) => [...present(a), ...[1, 3, 5, 8, 10, 13, 15, 21, 24].map((d) => exportAt(a, d + i, 11, 60 + i * 10 + d))]);
    // An operations team exports a lot around 15:00 every weekday, so 25,000 more is within the organisation's flow.
    const ops = ['ops-1', 'ops-2', 'ops-3'];
    const busy = ops.flatMap((a, i) => [...present(a), ...officeExporter(a, i + 9, { size: 30_000 }).map((e) => ({ ...e, ts: Number(e.ts) + 3_600_000 }))]);
    const roles = { 'tl-1': 'team-lead', 'tl-2': 'team-lead', 'tl-3': 'team-lead', 'tl-4': 'team-lead', ...Object.fromEntries(ops.map((a) => [a, 'operations'])) };
    const r = rank([...adminOffice(), ...busy, ...lead, ...peers], roles);
    expect(flagsOf(r)).toEqual([]);
    expect(r.unusual.map((a) => `${a.account}:${a.kind}:${a.material}`)).toEqual(['tl-1:bulk:false']);
    expect(r.unusual[0]!.explanation).toMatch(/judged against|its role's \(team-lead; too little history of its own\)/);
  });

  test('a nightly trickle is a ranked trickle, flagged within three nights, with its start and its excess', () => {
    const nights = [20, 21, 22, 23, 24, 25, 26, 27, 28, 29];
    const r = rank([...adminOffice(), ...nights.map((d) => exportAt('adm-5', d, 2, 6_000))]);
    expect(flagsOf(r)).toEqual(['adm-5:trickle']);
    const [trickle] = r.ranked;
    expect(trickle!.from).toBe(Date.parse('2026-02-02T00:00:00Z'));
    expect(trickle!.excessRecords).toBe(60_000);
    expect(trickle!.flaggedAt - trickle!.from).toBeLessThanOrEqual(3 * DAY);
    expect(trickle!.explanation).toMatch(/^\+60,000 records over 10 days, since 2 Feb: 60,000 exported outside business hours where 0 were expected/);
  });

  test('a sparse exporter repeating its usual small exports several days running raises nothing', () => {
    const sparse = [...present('tl-9'), ...[1, 5, 9, 14, 18, 22, 26, 27, 28, 29].map((d) => exportAt('tl-9', d, 11, 120))];
    expect(rank([...adminOffice(), ...sparse], { 'tl-9': 'team-lead' }).ranked).toEqual([]);
  });

  test('a scheduled nightly job learns into its baseline, month-end tripling included', () => {
    const job = [...present('svc-report'), ...Array.from({ length: 30 }, (_, d) => exportAt('svc-report', d, 2, d === 19 ? 380_000 : 125_000 + (d % 3) * 1_000))];
    expect(rank([...adminOffice(), ...job], { 'svc-report': 'service' }).ranked).toEqual([]);
  });

  test('an account inflated over its whole history is flagged against its role', () => {
    const inflated = [...present('adm-9'), ...officeExporter('adm-9', 3, { size: 30_000 })];
    const r = rank([...adminOffice(), ...inflated], { 'adm-9': 'support-admin' });
    expect(flagsOf(r)).toEqual(['adm-9:trickle']);
    expect(r.ranked[0]!.explanation).toMatch(/above the support-admin role's P99 of [\d,]+ .*its whole history is inflated/);
  });
});

describe('the CLI contract', () => {
  test('exactly the contract fields, epoch ms, ranked by score', () => {
    const anomalies = exportAnomalies(feedOf([...adminOffice(), exportAt('adm-3', 29, 2, 400_000), ...[20, 21, 22, 23, 24, 25].map((d) => exportAt('adm-5', d, 2, 6_000))]));
    expect(anomalies.map((a) => Object.keys(a).sort())).toEqual([
      ['account', 'excessBytes', 'excessRecords', 'from', 'kind', 'score', 'to'],
      ['account', 'excessBytes', 'excessRecords', 'from', 'kind', 'score', 'to'],
    ]);
    expect(anomalies.map((a) => a.kind)).toEqual(['bulk', 'trickle']);
    expect(anomalies[0]!.score).toBeGreaterThan(anomalies[1]!.score);
    expect(anomalies[0]!.from).toBe(Date.parse('2026-02-11T02:00:00Z'));
    expect(anomalies[0]!.excessBytes).toBe(400_000 * 800);
  });

  test('an empty feed and a feed without exports give no anomalies', () => {
    expect(exportAnomalies(feedOf([]))).toEqual([]);
    expect(exportAnomalies(feedOf(present('adm-1')))).toEqual([]);
  });

  test('the model is the same object for the same feed (computed once per loaded feed)', () => {
    const feed = feedOf(adminOffice());
    expect(exportVolumeModel(feed)).toBe(exportVolumeModel(feed));
    expect(exportVolumeModel(feed)!.end).toBe(NOW);
  });
});
