const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string, kind: 'clock' | 'time' | 'day'): Intl.DateTimeFormat {
  const key = `${zone}\u0000${kind}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'clock'
        ? { timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }
        : kind === 'time'
          ? { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }
          : { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' };
    f = new Intl.DateTimeFormat('en-GB', options);
    formats.set(key, f);
  }
  return f;
}

/**
 * A time on the wall, in the organisation's zone and named: "07:03:12 CET" for the clock, "07:00 CET" for a time
 * today, with the day in front ("Thu 12 Feb, 07:00 CET") when it is not today.
 */
export function wallTime(ms: number, zone: string, now: number, seconds = false): string {
  const time = format(zone, seconds ? 'clock' : 'time').format(ms);
  const day = format(zone, 'day');
  return day.format(ms) === day.format(now) ? time : `${day.format(ms)}, ${time}`;
}
