import { zonedFormat } from '../../analysis/textFormat';

const formatter = (key: string, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  zonedFormat(timeZone, `timeline-${key}`, { hourCycle: 'h23', ...options });

/** An axis tick: the date at local midnight, the time elsewhere. */
export function formatTick(ms: number, kind: 'day' | 'time', timeZone: string): string {
  return kind === 'day'
    ? formatter('day', timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(ms)
    : formatter('time', timeZone, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** A short time for a row or a range: "Tue 10 Feb 02:31". */
export function formatShort(ms: number, timeZone: string): string {
  return formatter('short', timeZone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(ms);
}
