import type { ReactNode } from 'react';
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

/** The time axis spans the data: a constant, so recharts sees the same domain on every render. */
export const TIME_DOMAIN: ['dataMin', 'dataMax'] = ['dataMin', 'dataMax'];

export interface ChartTimeFormats {
  tick: (t: number) => string;
  label: (t: number) => string;
  tooltipLabel: (t: ReactNode) => string;
}

/**
 * The time formatters of a chart of hourly points, made once per series (memoise on the points): a new function
 * on every render is a changed axis prop to recharts, which then recomputes its ticks.
 */
export function chartTimeFormats(zone: string, points: readonly { t: number }[]): ChartTimeFormats {
  const span = (points.at(-1)?.t ?? 0) - (points[0]?.t ?? 0);
  const label = hourLabel(zone);
  return { tick: timeTick(zone, span), label, tooltipLabel: (t) => label(Number(t)) };
}
