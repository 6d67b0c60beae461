import type { ScenarioDay } from './calendar';
import { idCounter } from './eventSink';
import { seededRng, seededUnit, type Rng } from './random';
import { SYSTEM, type EventSink, type HumanProfile } from './types';

// Share of calls that come in, by local hour: morning and afternoon peaks, the lunch dip, quiet nights.
const CALL_VOLUME = [
  0.5, 0.45, 0.4, 0.4, 0.45, 0.55, 0.7, 0.85, 0.95, 1, 1, 0.95, 0.65, 0.7, 0.95, 1, 0.95, 0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55,
];

/** An export as it appears in the audit log: how many records, and how many bytes left with them. */
interface PlannedExport {
  minute: number;
  records: number;
  bytes: number;
}

function worksToday(profile: HumanProfile, day: ScenarioDay, seed: number, rng: Rng): boolean {
  if (profile.monthEndExport && day.isLastBusinessDayOfMonth) return true; // month-end is not a day to take off
  if (profile.shift === 'office' && !day.isBusinessDay) return false;
  // Leave comes in whole weeks, as people take it; ISO weeks start on Monday, day index 4 was one.
  if (seededUnit(seed, profile.id, 'leave', Math.floor((day.index - 4) / 7)) < 0.05) return false;
  const weekday = day.isHoliday ? 6 : day.isoWeekday - 1; // the contact centre staffs holidays like a Sunday
  return rng.chance(profile.workProbability[weekday] ?? 0);
}

function plannedExports(profile: HumanProfile, day: ScenarioDay, rng: Rng, from: number, to: number): PlannedExport[] {
  const planned: PlannedExport[] = [];
  const within = () => rng.between(from, to);
  if (profile.role === 'team-lead' && rng.chance(0.25)) {
    // Small lists for the team: tens to hundreds of contact records of a few hundred bytes each.
    for (let i = rng.int(1, 2); i > 0; i--) {
      const records = Math.round(rng.logUniform(20, 400));
      planned.push({ minute: within(), records, bytes: records * rng.int(400, 900) });
    }
  }
  if (profile.monthEndExport && day.isLastBusinessDayOfMonth) {
    const records = rng.int(18_000, 32_000);
    planned.push({ minute: rng.between(15 * 60, 16.5 * 60), records, bytes: records * rng.int(600, 900) });
  }
  if (profile.role === 'support-admin' && day.isBusinessDay) {
    // Case files and corrections: hundreds to a few thousand records, from contact lists (~500 B) to full profiles
    // (~2.5 KB). Bulk-export rights are used in business hours only, so an admin who starts early waits until 08:00.
    const open = Math.max(from, 8 * 60 + 5);
    const close = Math.min(to, 18 * 60 - 5);
    for (let i = rng.int(3, 7); i > 0; i--) {
      const records = Math.round(rng.logUniform(300, 4_000));
      planned.push({ minute: rng.between(open, close), records, bytes: records * rng.int(500, 2_500) });
    }
  }
  return planned;
}

/** One person's working day: login, calls (searches and record views) with a break, exports by role, logout. */
export function humanDay(profile: HumanProfile, day: ScenarioDay, seed: number, sink: EventSink): void {
  const rng = seededRng(seed, profile.id, day.index);
  if (!worksToday(profile, day, seed, rng)) return;
  const nextId = idCounter(`${profile.id}.${day.index}`);
  const start = profile.startMinute + rng.int(-12, 15);
  const end = start + profile.lengthMinutes + rng.int(-15, 25);
  const breakStart = start + profile.breakAfter + rng.int(-20, 20);
  const breakEnd = breakStart + profile.breakMinutes + rng.int(-5, 10);
  const ip = rng.chance(profile.vpnShare) ? profile.vpnIp : profile.homeIp;
  const emit = (minute: number, action: string, exported?: PlannedExport) => {
    const event = { id: nextId(), ts: day.at(minute), account: profile.id, host: profile.host, action, system: SYSTEM, ip };
    sink.add(exported ? { ...event, records: exported.records, bytes: exported.bytes } : event);
  };

  if (rng.chance(profile.typoRate)) emit(start - rng.between(0.3, 1.5), 'login_failed');
  emit(start, 'login');
  const perMinute = (profile.ratePerHour * rng.between(0.8, 1.2)) / 60;
  for (let t = start + rng.exponential(1 / perMinute); t < end; t += rng.exponential(1 / perMinute)) {
    if (t >= breakStart && t < breakEnd) continue;
    if (rng.next() > (CALL_VOLUME[Math.floor(t / 60) % 24] ?? 1)) continue;
    const roll = rng.next();
    emit(t, roll < profile.adminShare ? 'admin' : roll < profile.adminShare + profile.searchShare ? 'search' : 'view');
  }
  if (profile.breakLogout) {
    emit(breakStart, 'logout');
    emit(breakEnd, 'login');
  }
  for (const exported of plannedExports(profile, day, rng, start + 20, end - 20)) {
    if (exported.minute >= breakStart && exported.minute < breakEnd) exported.minute = breakEnd + 5;
    emit(exported.minute, 'export', exported);
  }
  emit(end, 'logout');
}
