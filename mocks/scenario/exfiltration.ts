import type { AttackPlan } from './attackPlan';
import { attackSession } from './attackSession';
import type { ScenarioDay } from './calendar';
import type { EventSink } from './types';

export interface ExportNight {
  day: number;
  exports: { ts: number; records: number }[];
  records: number;
}

export interface BulkFacts {
  login: number;
  first: number;
  last: number;
  records: number;
  exports: number;
}

/** The export approval limit the attacker stays under (T1030): no single export needs a second pair of eyes. */
export const EXPORT_APPROVAL_LIMIT = 5_000;

/**
 * One night of the covert trickle: a short look around, then two or three exports just under the approval limit,
 * 8k–15k records in all. Support admins export 4k–14k on a working day, so no night stands out alone; two weeks of
 * them, weekends included, do. Full profiles (IBAN, ID document) run 1.5–2.3 KB a record.
 */
export function trickleNight(plan: AttackPlan, day: ScenarioDay, seed: number, sink: EventSink): ExportNight {
  const { rng, emit } = attackSession('trickle', plan.trickleAccount, plan.trickleIp, day, seed, sink);
  let t = rng.between(65, 110);
  emit(t, 'login');
  for (let i = rng.int(8, 25); i > 0; i--) emit((t += rng.between(0.3, 0.8)), rng.chance(0.35) ? 'search' : 'view');
  const night: ExportNight = { day: day.index, exports: [], records: 0 };
  for (let i = rng.int(2, 3); i > 0; i--) {
    t += rng.between(12, 30);
    const records = rng.int(3_900, EXPORT_APPROVAL_LIMIT - 50);
    night.exports.push({ ts: emit(t, 'export', { records, bytes: records * rng.int(1_500, 2_300) }), records });
    night.records += records;
  }
  emit(t + rng.between(1, 4), 'logout');
  return night;
}

/** The dump: millions of records in about 30 exports four minutes apart, from 01:30 to before 04:00 local. */
export function bulkNight(plan: AttackPlan, day: ScenarioDay, seed: number, sink: EventSink): BulkFacts {
  const { rng, emit } = attackSession('bulk', plan.bulkAccount, plan.bulkIp, day, seed, sink);
  let t = rng.between(80, 90);
  const login = emit(t, 'login');
  for (let i = rng.int(3, 6); i > 0; i--) emit((t += rng.between(0.5, 1.2)), 'search');
  t += rng.between(3, 5);
  const count = Math.max(1, Math.min(40, Math.round(plan.bulkRecords / 75_000)));
  const weights = Array.from({ length: count }, () => rng.between(0.85, 1.15));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const facts: BulkFacts = { login, first: Number.NaN, last: Number.NaN, records: 0, exports: count };
  weights.forEach((weight, i) => {
    // The last export takes the rounding remainder, so the dump is exactly plan.bulkRecords.
    const records = i === count - 1 ? plan.bulkRecords - facts.records : Math.floor((plan.bulkRecords * weight) / total);
    facts.last = emit(t, 'export', { records, bytes: records * rng.int(1_300, 1_700) });
    if (i === 0) facts.first = facts.last;
    facts.records += records;
    t += rng.between(3.5, 4.5);
  });
  emit(t, 'logout');
  return facts;
}
