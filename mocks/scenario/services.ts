import type { ScenarioDay } from './calendar';
import { idCounter } from './eventSink';
import { seededRng } from './random';
import { SYSTEM, type EventSink, type ServiceProfile } from './types';

/** Nightly reporting export size: large, and the same night after night (that regularity is the decoy). */
const REPORT_RECORDS = 126_000;
/** The run after a month closes carries the month-end report. */
const MONTH_END_FACTOR = 3.2;

/** One day of a service account's scheduled work, on the clock of the organisation's zone. */
export function serviceDay(service: ServiceProfile, day: ScenarioDay, seed: number, sink: EventSink): void {
  const rng = seededRng(seed, service.id, day.index);
  const nextId = idCounter(`${service.id}.${day.index}`);
  const emit = (minute: number, action: string, records?: number, bytes?: number) => {
    const event = { id: nextId(), ts: day.at(minute), account: service.id, host: service.host, action, system: SYSTEM, ip: service.ip };
    sink.add(records === undefined ? event : { ...event, records, bytes });
  };
  const weekend = day.isoWeekday >= 6 || day.isHoliday;

  switch (service.job) {
    case 'reporting': {
      const start = 120 + rng.between(1, 4); // cron 02:00 local, a few minutes of start-up
      const records = Math.round(REPORT_RECORDS * (day.isFirstOfMonth ? MONTH_END_FACTOR : 1) * rng.between(0.97, 1.03));
      emit(start - rng.between(0.5, 1), 'login');
      emit(start, 'export', records, records * rng.int(880, 940));
      emit(start + rng.between(12, 20), 'logout');
      return;
    }
    case 'crm-sync':
      // Delta poll every half hour, around the clock.
      for (let slot = 0; slot < 48; slot++) emit(slot * 30 + rng.between(0.2, 1.5), 'search');
      return;
    case 'ivr':
      // Lookups for callers identified by the voice menu, following call volume while the lines are open.
      for (let t = 7 * 60 + rng.exponential(9); t < 23 * 60; t += rng.exponential(9)) {
        if (!weekend || rng.chance(0.4)) emit(t, 'view');
      }
      return;
    case 'monitoring':
      for (let slot = 0; slot < 12; slot++) {
        const t = slot * 120 + rng.between(0, 0.5);
        emit(t, 'login');
        emit(t + 0.4, 'logout');
      }
      return;
  }
}
