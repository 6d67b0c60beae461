// Numbers and dates inside the sentences that explain a flag. They are built here, with the analysis, so the CLI,
// the chart's tooltip and the help panel say exactly the same thing.

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** 61,400 */
export const count = (n: number) => whole.format(Math.round(n));
/** 1.2M */
export const compactCount = (n: number) => compact.format(Math.round(n));
/** 605× (whole numbers from 10× up, one decimal below). */
export const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio >= 10 ? whole.format(ratio) : ratio.toFixed(1)}×` : 'far above');

const formats = new Map<string, Intl.DateTimeFormat>();
function format(zone: string, kind: 'day' | 'hour' | 'time'): Intl.DateTimeFormat {
  const key = `${zone}\u0000${kind}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day'
        ? { timeZone: zone, day: 'numeric', month: 'short' }
        : kind === 'hour'
          ? { timeZone: zone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
          : { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    f = new Intl.DateTimeFormat('en-GB', options);
    formats.set(key, f);
  }
  return f;
}

/** "3 Feb", in the organisation's zone. */
export const dayText = (ms: number, zone: string) => format(zone, 'day').format(ms);
/** "12 Feb, 01:00". */
export const hourText = (ms: number, zone: string) => format(zone, 'hour').format(ms);
/** "01:00". */
export const timeText = (ms: number, zone: string) => format(zone, 'time').format(ms);

export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;
