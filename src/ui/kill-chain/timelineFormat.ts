const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(`${key}|${timeZone}`);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...options });
    cache.set(`${key}|${timeZone}`, format);
  }
  return format;
}

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
