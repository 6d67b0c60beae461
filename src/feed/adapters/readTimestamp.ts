import { quoteValue } from '../rejects';
import { readPath } from './readPath';
import { fastTimestamp } from '../fastEvent';

export type EpochUnit = 'seconds' | 'milliseconds';

export type TimeRead = { ok: true; ms: number; unit: EpochUnit | null } | { ok: false; why: string };

// The same window normaliseEvent accepts: outside it a value is a unit mistake, not a date.
const MIN_MS = Date.UTC(1990, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);
// Seconds since 1970 stay below 1e11 until the year 5138; milliseconds pass 1e11 in March 1973. Above 1e14 a value is
// neither (microseconds or nanoseconds): refused rather than guessed.
const SECONDS_BELOW = 1e11;
const MILLIS_BELOW = 1e14;

// RFC 3339 and the near misses real exporters write: Wazuh's "+0000" (no colon), microseconds or nanoseconds,
// a space instead of "T". A time without Z or an offset is refused: across DST it is ambiguous.
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

function inWindow(ms: number, shown: unknown): TimeRead | null {
  return ms >= MIN_MS && ms < MAX_MS ? null : { ok: false, why: `${quoteValue(shown)} is outside 1990–2100` };
}

function fromEpoch(value: number, shown: unknown): TimeRead {
  if (!Number.isFinite(value) || value < 0) return { ok: false, why: `${quoteValue(shown)} is not an epoch time` };
  if (value >= MILLIS_BELOW) return { ok: false, why: `${quoteValue(shown)} is too large for epoch seconds or milliseconds` };
  const unit: EpochUnit = value < SECONDS_BELOW ? 'seconds' : 'milliseconds';
  const ms = Math.round(unit === 'seconds' ? value * 1000 : value);
  return inWindow(ms, shown) ?? { ok: true, ms, unit };
}

function fromText(text: string): TimeRead {
  // The shape nearly every exporter writes (RFC 3339 with seconds and Z or ±hh:mm), read without a regex match and its
  // substrings: on 300,000 search hits the match was a quarter of the wait after the last byte. Anything else, the
  // repairs below.
  const fast = fastTimestamp(text);
  if (!Number.isNaN(fast)) return inWindow(fast, text) ?? { ok: true, ms: fast, unit: null };
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return fromEpoch(Number(trimmed), text);
  const m = STAMP.exec(trimmed);
  if (!m) return { ok: false, why: `${quoteValue(text)} is not a timestamp` };
  const [, y, mo, d, h, mi, s, fraction = '', zone] = m;
  if (!zone) return { ok: false, why: `${quoteValue(text)} has no time zone (Z or an offset), so its instant is ambiguous` };
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), Number(fraction.slice(0, 3).padEnd(3, '0')));
  const check = new Date(local);
  if (month < 1 || month > 12 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 60) {
    return { ok: false, why: `${quoteValue(text)} is not a real date` };
  }
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || '0');
    if (hours > 23 || minutes > 59) return { ok: false, why: `${quoteValue(text)} has an impossible offset` };
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  }
  const ms = local - offsetMinutes * 60_000;
  return inWindow(ms, text) ?? { ok: true, ms, unit: null };
}

/**
 * Reads a third-party time: RFC 3339 and its near misses (see STAMP), or epoch seconds or milliseconds decided by
 * magnitude (`unit` says which, for the warnings). Returns epoch ms, so nothing downstream re-parses the text.
 */
export function readTimestamp(value: unknown): TimeRead {
  if (typeof value === 'number') return fromEpoch(value, value);
  if (typeof value === 'string') return fromText(value);
  return { ok: false, why: `${quoteValue(value)} is not a timestamp` };
}

export type TimeFound =
  | { ok: true; ms: number; unit: EpochUnit | null; path: string; skipped: string | null }
  | { ok: false; why: string; absent: boolean };

/**
 * The first of `paths` that holds a readable time. A later path is used only when an earlier one is absent or
 * unreadable; when none is readable the first problem is the reason.
 */
export function timeFrom(doc: unknown, paths: readonly string[]): TimeFound {
  let problem: string | null = null;
  for (const path of paths) {
    const value = readPath(doc, path);
    if (value === undefined || value === null || value === '') continue;
    const read = readTimestamp(value);
    if (read.ok) return { ok: true, ms: read.ms, unit: read.unit, path, skipped: problem };
    problem ??= `${path} ${read.why}`;
  }
  return { ok: false, why: problem ?? `none of ${paths.join(', ')}`, absent: problem === null };
}
