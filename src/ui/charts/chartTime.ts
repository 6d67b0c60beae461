const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, withDay: boolean, withHour: boolean): Intl.DateTimeFormat {
  const key = `${zone}|${withDay}|${withHour}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      ...(withDay ? { day: 'numeric', month: 'short' } : {}),
      ...(withHour ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

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
