import { zonedFormat } from '../../ui/format';

const STYLES: Record<'clock' | 'time' | 'day', Intl.DateTimeFormatOptions> = {
  clock: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
  day: { weekday: 'short', day: 'numeric', month: 'short' },
};

const format = (zone: string, kind: keyof typeof STYLES) => zonedFormat(zone, `wall-${kind}`, STYLES[kind]);

/**
 * A time on the wall, in the organisation's zone and named: "07:03:12 CET" for the clock, "07:00 CET" for a time
 * today, with the day in front ("Thu 12 Feb, 07:00 CET") when it is not today.
 */
export function wallTime(ms: number, zone: string, now: number, seconds = false): string {
  const time = format(zone, seconds ? 'clock' : 'time').format(ms);
  const day = format(zone, 'day');
  return day.format(ms) === day.format(now) ? time : `${day.format(ms)}, ${time}`;
}
