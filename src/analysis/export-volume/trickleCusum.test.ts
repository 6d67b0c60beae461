import { expect, test } from 'vitest';
import { dayScore } from './trickleCusum';
import type { DayReference } from './dailyReference';
import { adminOffice, exportAt, feedOf, officeExporter, present } from './exportFixtures';
import { exportVolumeModel } from './exportVolumeModel';

const ref = (over: Partial<DayReference>): DayReference => ({
  source: 'own', center: Math.log1p(5_000), scale: 0.5, activeShare: 1, expectedRecords: 5_000, expectedBytes: 0, days: 10, fromDay: 0, toDay: 9, ...over,
});

test.each([
  ['a usual day scores about zero', 5_000, ref({}), 0],
  ['a day at e^1 times the usual scores 1/scale', Math.expm1(Math.log1p(5_000) + 1), ref({}), 2],
  ['exports where there never were any: new activity, the cap', 100, ref({ center: null, activeShare: 0 }), 3],
  ['a silent day of an every-day exporter counts fully against', 0, ref({ activeShare: 1 }), -3],
  ['a silent day of a rare exporter barely counts', 0, ref({ activeShare: 0.1 }), -0.3],
])('%s', (_name, records, reference, z) => {
  expect(dayScore(records, reference, 3)).toBeCloseTo(z, 5);
});

const trickleOf = (events: Parameters<typeof feedOf>[0], account: string, roles: Record<string, string> = {}) =>
  exportVolumeModel(feedOf(events, roles))!.trickle.get(account)!;

test('the reference stays frozen before the run: a 20-day ramp keeps its alarm and never becomes the baseline', () => {
  // adm-4 ramps its office exports up by 12% a weekday from day 10: no day alone is alarming.
  const ramp = officeExporter('adm-4', 4, { from: 10 }).map((e, i) => ({ ...e, records: Math.round(Number(e.records) * 1.12 ** (i / 2)) }));
  const others = adminOffice().filter((e) => e.account !== 'adm-4');
  const result = trickleOf([...others, ...present('adm-4'), ...officeExporter('adm-4', 4, { to: 10 }), ...ramp], 'adm-4');
  const run = result.runs.find((r) => r.alarmDay !== null)!;
  expect(run.part).toBe(0);
  expect(run.reference.toDay).toBeLessThan(run.startDay);
  expect(run.ongoing).toBe(true);
  // Once alarmed, the statistic never drops back to zero while the ramp goes on.
  expect(Array.from(result.s[0].slice(run.alarmDay!)).every((s) => s > 0)).toBe(true);
});

test('a single big day is not a trickle, however big', () => {
  const result = trickleOf([...adminOffice(), exportAt('adm-2', 22, 11, 80_000)], 'adm-2');
  expect(result.runs.filter((r) => r.alarmDay !== null)).toEqual([]);
});

test('what every peer does more of is not a trickle: a busy fortnight for the whole role raises nothing', () => {
  const busy = adminOffice().map((e) => (e.action === 'export' && Number(e.ts) > Date.parse('2026-01-29T00:00:00Z') ? { ...e, records: Number(e.records) * 2 } : e));
  const model = exportVolumeModel(feedOf(busy))!;
  const alarms = [...model.trickle.values()].flatMap((t) => t.runs.filter((r) => r.alarmDay !== null));
  expect(alarms).toEqual([]);
});

test('the expected day and the statistic are per grid day; nothing is scored before the first week', () => {
  const result = trickleOf(adminOffice(), 'adm-1');
  expect(result.expectedRecords.length).toBe(31);
  expect(Number.isNaN(result.expectedRecords[3]!)).toBe(true);
  expect(Array.from(result.s[0].slice(0, 7))).toEqual([0, 0, 0, 0, 0, 0, 0]);
});
