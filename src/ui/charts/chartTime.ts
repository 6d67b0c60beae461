import { zonedFormat } from '../../analysis/textFormat';

const formatter = (zone: string, withDay: boolean, withHour: boolean) =>
  zonedFormat(zone, `chart-${withDay}-${withHour}`, {
    ...(withDay ? { day: 'numeric', month: 'short' } : {}),
    ...(withHour ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });

/** Axis ticks in the organisation's zone: hours for a day or less, dates beyond. */
export function timeTick(zone: string, spanMs: number): (t: number) => string {
  const f = formatter(zone, spanMs > 36 * 3_600_000, spanMs <= 3 * 86_400_000);
  return (t) => f.format(t);
}

/** "12 Feb, 01:00" for tooltips. */
export const hourLabel = (zone: string) => {
  const f = formatter(zone, true, true);
  return (t: number) => f.format(t);
};
