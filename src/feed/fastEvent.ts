import { BUCKET_MINUTES, MAX_TEXT, SEVERITIES, type FeedEvent } from './schema';

// The million-record path (STACK.md): most events of a real feed are plain and valid, and zod costs ~1 µs each and
// a copy of every object. This reader accepts only what the schema accepts (property-tested against it in
// fastEvent.property.test.ts) and returns the record itself; anything it is unsure of goes to the schema, which
// stays the source of truth and of every error message.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Epoch ms of an RFC 3339 timestamp with seconds and an offset (the shape nearly every feed writes), or NaN when it is
 * another shape the schema may still accept. One regex and Date.UTC: no Date.parse, no second pass.
 */
export function fastTimestamp(text: string): number {
  const m = RFC3339.exec(text);
  if (!m) return Number.NaN;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  const h = +m[4]!;
  const mi = +m[5]!;
  const s = +m[6]!;
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && isLeap(y) ? 29 : DAYS[mo - 1]!) || h > 23 || mi > 59 || s > 59) return Number.NaN;
  let ms = Date.UTC(y, mo - 1, d, h, mi, s, m[7] ? Number(m[7].slice(1, 4).padEnd(3, '0')) : 0);
  // Date.UTC maps years 0–99 to 1900–1999; such dates are refused later anyway, but must not come out shifted here.
  if (y < 100) return Number.NaN;
  if (m[8]) {
    const oh = +m[9]!;
    const om = +m[10]!;
    if (oh > 23 || om > 59) return Number.NaN;
    ms -= (m[8] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return ms;
}

const text = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= MAX_TEXT);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= MAX_TEXT;
const optionalNonEmpty = (v: unknown) => v === undefined || nonEmpty(v);
const count = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const attackRef = (v: unknown) => isRecord(v) && optionalNonEmpty(v.tactic) && optionalNonEmpty(v.technique);

/**
 * The event as the schema would return it, with its time in epoch ms, when it is plainly valid; null when the schema
 * must judge it (it may still be valid, or it is not and the schema says why).
 */
export function fastEvent(value: Record<string, unknown>): { event: FeedEvent; ts: number } | null {
  const { id, ts, account, host, action, system, records, bytes, ip, severity, rule, attack, incident, message } = value;
  if (!nonEmpty(id) || !nonEmpty(action) || !optionalNonEmpty(account) || !optionalNonEmpty(incident)) return null;
  if (!text(host) || !text(system) || !text(ip) || !text(message) || !count(records) || !count(bytes)) return null;
  if (severity !== undefined && !SEVERITIES.includes(severity as never)) return null;
  if (rule !== undefined && !(isRecord(rule) && nonEmpty(rule.id) && text(rule.name))) return null;
  if (attack !== undefined && !(Array.isArray(attack) ? attack.every(attackRef) : attackRef(attack))) return null;
  let ms: number;
  if (typeof ts === 'number') {
    if (!Number.isInteger(ts) || ts < 0 || ts > 8.64e15) return null;
    ms = ts;
  } else if (typeof ts === 'string') {
    ms = fastTimestamp(ts);
    if (Number.isNaN(ms)) return null;
  } else return null;
  return { event: value as FeedEvent, ts: ms };
}

/** A bucket as the schema would read it, with its start in epoch ms, when plainly valid; null when the schema must judge. */
export function fastBucket(value: unknown): { account: string; start: number; minutes: number; events: number; exports?: number; records?: number; bytes?: number } | null {
  if (!isRecord(value)) return null;
  const { account, start, minutes, events, exports, records, bytes, system } = value;
  if (!nonEmpty(account) || typeof events !== 'number' || !count(events) || !count(exports) || !count(records) || !count(bytes) || !text(system)) return null;
  if (typeof minutes !== 'number' || !(BUCKET_MINUTES as readonly number[]).includes(minutes)) return null;
  let ms: number;
  if (typeof start === 'number') {
    if (!Number.isInteger(start) || start < 0 || start > 8.64e15) return null;
    ms = start;
  } else if (typeof start === 'string') {
    ms = fastTimestamp(start);
    if (Number.isNaN(ms)) return null;
  } else return null;
  return { account: account as string, start: ms, minutes, events, exports: exports as number | undefined, records: records as number | undefined, bytes: bytes as number | undefined };
}
