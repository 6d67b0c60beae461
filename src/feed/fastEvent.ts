import { BUCKET_MINUTES, MAX_TEXT, SEVERITIES } from './schema';

// The million-record path (STACK.md): most events of a real feed are plain and valid, and zod costs ~1 µs each and
// a copy of every object. This reader accepts only what the schema accepts (property-tested against it in
// fastEvent.property.test.ts) and returns the record itself; anything it is unsure of goes to the schema, which
// stays the source of truth and of every error message.

const PLACE = [100, 10, 1];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The number written by `n` digits at `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Epoch ms of an RFC 3339 timestamp with seconds and an offset (`2026-02-11T02:31:44.123+01:00`, the shape nearly
 * every feed writes), or NaN when it is another shape the schema may still accept. Read character by character:
 * no regex match, no substrings, no Date.parse (a million of each is garbage the worker must collect).
 */
export function fastTimestamp(text: string): number {
  const n = text.length;
  if (n < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return Number.NaN;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  const s = digits(text, 17, 2);
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && isLeap(y) ? 29 : DAYS[mo - 1]!) || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return Number.NaN;
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    // A fraction of 1–9 digits; milliseconds are its first three, as Date.parse reads them.
    let count = 0;
    for (at++; at < n; at++, count++) {
      const c = text.charCodeAt(at) - 48;
      if (c < 0 || c > 9) break;
      if (count < 3) ms += c * PLACE[count]!;
    }
    if (count < 1 || count > 9) return Number.NaN;
  }
  let offset = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 && at === n - 1) {
    // Z: UTC, no offset.
  } else if ((sign === 43 || sign === 45) && at === n - 6 && text.charCodeAt(at + 3) === 58) {
    const oh = digits(text, at + 1, 2);
    const om = digits(text, at + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return Number.NaN;
  return (((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60 + s) * 1000 + ms - offset;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil), what Date.UTC counts: plain
 * arithmetic, where a million calls to Date.UTC each left a boxed number for the collector (~32 MB).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Epoch ms of a time as the schema takes it (epoch ms, or RFC 3339 in fastTimestamp's shape); NaN for the schema to judge. */
function fastTime(v: unknown): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 8.64e15 ? v : Number.NaN;
  return typeof v === 'string' ? fastTimestamp(v) : Number.NaN;
}

const text = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= MAX_TEXT);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= MAX_TEXT;
const optionalNonEmpty = (v: unknown) => v === undefined || nonEmpty(v);
const count = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const attackRef = (v: unknown) => isRecord(v) && optionalNonEmpty(v.tactic) && optionalNonEmpty(v.technique);

/**
 * The time in epoch ms of a record that is plainly a valid event, which the schema would then return as it stands
 * (so the record is its own FeedEvent); NaN when the schema must judge it (it may still be valid, or it is not and
 * the schema says why). A number, not an answer object: a million of those were ~20 MB for the collector.
 */
export function fastEventTime(value: Record<string, unknown>): number {
  const { id, ts, account, host, action, system, records, bytes, ip, severity, rule, attack, incident, message } = value;
  if (!nonEmpty(id) || !nonEmpty(action) || !optionalNonEmpty(account) || !optionalNonEmpty(incident)) return Number.NaN;
  if (!text(host) || !text(system) || !text(ip) || !text(message) || !count(records) || !count(bytes)) return Number.NaN;
  if (severity !== undefined && !SEVERITIES.includes(severity as never)) return Number.NaN;
  if (rule !== undefined && !(isRecord(rule) && nonEmpty(rule.id) && text(rule.name))) return Number.NaN;
  if (attack !== undefined && !(Array.isArray(attack) ? attack.every(attackRef) : attackRef(attack))) return Number.NaN;
  return fastTime(ts);
}

/** A bucket as the schema would read it, with its start in epoch ms, when plainly valid; null when the schema must judge. */
export function fastBucket(value: unknown): { account: string; start: number; minutes: number; events: number; exports?: number; records?: number; bytes?: number } | null {
  if (!isRecord(value)) return null;
  const { account, start, minutes, events, exports, records, bytes, system } = value;
  if (!nonEmpty(account) || typeof events !== 'number' || !count(events) || !count(exports) || !count(records) || !count(bytes) || !text(system)) return null;
  if (typeof minutes !== 'number' || !(BUCKET_MINUTES as readonly number[]).includes(minutes)) return null;
  const ms = fastTime(start);
  if (Number.isNaN(ms)) return null;
  return { account: account as string, start: ms, minutes, events, exports: exports as number | undefined, records: records as number | undefined, bytes: bytes as number | undefined };
}
