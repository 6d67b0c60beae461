// Numbers and dates inside the sentences that explain a flag. They are built here, with the analysis, so the CLI,
// the chart's tooltip and the help panel say exactly the same thing.

import { formatCompact, formatInt, zonedFormat } from '../textFormat';

/** 61,400 */
export const count = (n: number) => formatInt(Math.round(n));
/** 1.2M */
export const compactCount = (n: number) => formatCompact(Math.round(n));
/** 605× (whole numbers from 10× up, one decimal below). */
export const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio >= 10 ? formatInt(ratio) : ratio.toFixed(1)}×` : 'far above');

const STYLES: Record<'day' | 'hour' | 'time', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short' },
  hour: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};
const format = (zone: string, kind: keyof typeof STYLES) => zonedFormat(zone, `wording-${kind}`, STYLES[kind]);

/** "3 Feb", in the organisation's zone. */
export const dayText = (ms: number, zone: string) => format(zone, 'day').format(ms);
/** "12 Feb, 01:00". */
export const hourText = (ms: number, zone: string) => format(zone, 'hour').format(ms);
/** "01:00". */
export const timeText = (ms: number, zone: string) => format(zone, 'time').format(ms);

export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;
