import { zonedFormat } from '../../ui/format';

/** A row's time to the second, in the organisation's zone: "Thu 12 Feb 03:30:55" (the zone is named in the header). */
export function formatEventTime(ms: number, timeZone: string): string {
  return zonedFormat(timeZone, 'event-time', { hourCycle: 'h23', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(ms);
}

const zoneNames = new Map<string, string>();

/** "CET" or "GMT+1": the zone's short name at a moment, for a column header. */
export function zoneName(ms: number, timeZone: string): string {
  const key = `${timeZone}|${Math.floor(ms / 3_600_000)}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
    zoneNames.set(key, name);
  }
  return name;
}
