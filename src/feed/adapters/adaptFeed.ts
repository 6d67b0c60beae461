import type { ParsedFeed, RawRecord } from '../parseFeed';
import type { Reject } from '../rejects';
import { ADAPTERS, detectRecord, isPlainlyBreachline } from './detectFormat';
import { FEED_FORMATS, FORMATS_UNDERSTOOD, type FeedFormat, type FormatCount } from './feedFormats';
import { needsNoUnwrapping, unwrapRecord, type Unwrapped } from './unwrapRecord';
import { isDoc } from './readPath';

/** A record ready for Breachline validation: the mapped event, and the record as the source wrote it. */
export interface AdaptedRecord {
  readonly where: string;
  readonly value: unknown;
  /** The record as the feed wrote it, for the raw view; absent when that is `value` itself (a Breachline record). */
  readonly raw?: unknown;
  /** The adapter that mapped it (prefixed to a validation reason); null or absent for a Breachline record. */
  readonly label?: string | null;
}

export interface AdaptedFeed {
  /** The format most records were in (or the forced one). */
  format: FeedFormat;
  formats: FormatCount[];
  records: AdaptedRecord[];
  rejects: Reject[];
  warnings: Reject[];
}

export type AdaptResult = { ok: true; feed: AdaptedFeed } | { ok: false; error: Reject };

function keysOf(doc: unknown): string {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return Array.isArray(doc) ? 'is a list' : `is ${typeof doc}`;
  const keys = Object.keys(doc);
  return keys.length === 0 ? 'is an empty object' : `has the keys ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;
}

function dominantOf(detected: (FeedFormat | null)[]): FeedFormat {
  const counts = new Map<FeedFormat, number>();
  for (const format of detected) if (format !== null && format !== 'breachline') counts.set(format, (counts.get(format) ?? 0) + 1);
  let best: FeedFormat = 'breachline';
  for (const [format, n] of counts) if (n > (counts.get(best) ?? 0)) best = format;
  return best;
}

/**
 * A Breachline event on a line of its own (or in a bare array), in no wrapper: nearly every record of a big NDJSON
 * feed. It is its own unit and its own adapted record, named only if something is said of it: the general path's
 * four objects and a `line N` string per record were ~1 s of a million-line ingest.
 */
class Itself implements Unwrapped {
  constructor(readonly record: RawRecord) {}
  get where(): string {
    return this.record.where;
  }
  get doc(): unknown {
    return this.record.value;
  }
  get raw(): unknown {
    return this.record.value;
  }
}

/** A record detectRecord calls Breachline at once and unwrapRecord leaves as it is. */
const isItself = (value: unknown): boolean => isDoc(value) && isPlainlyBreachline(value) && needsNoUnwrapping(value);

function mapUnit(unit: Unwrapped, format: FeedFormat, notes: Map<string, { where: string; count: number }>): AdaptedRecord | Reject {
  if (unit instanceof Itself) return unit.record;
  if (format === 'breachline') return { where: unit.where, value: unit.doc, raw: unit.raw, label: null };
  const adapter = ADAPTERS[format];
  let mapped;
  try {
    mapped = adapter.map(unit.doc, { where: unit.where, id: unit.id });
  } catch (error) {
    // Adapters are written (and property-tested) not to throw; a record that still finds a way is refused, not fatal.
    return { where: unit.where, why: `${adapter.label}: could not be mapped (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!mapped.ok) return { where: unit.where, why: `${adapter.label}: ${mapped.why}` };
  for (const note of mapped.notes) {
    const key = `${adapter.label}: ${note}`;
    const seen = notes.get(key);
    if (seen) seen.count++;
    else notes.set(key, { where: unit.where, count: 1 });
  }
  return { where: unit.where, value: mapped.event, raw: unit.raw, label: adapter.label };
}

/**
 * Detects the format of each parsed record (opening `_search`, `Records` and archive wrappers first), maps
 * third-party records into Breachline events, and refuses a file in which nothing is in a known format.
 * Records in a format other than the majority's go through their own adapter, so merged exports still read.
 */
export function adaptFeed(parsed: ParsedFeed, forced?: FeedFormat): AdaptResult {
  const rejects: Reject[] = [];
  const warnings: Reject[] = [];
  const whole = parsed.shape === 'envelope';
  // Nearly every big NDJSON feed: Breachline events each on a line of its own. They are their own adapted records, and
  // the per-record units, detections and tallies below were ~0.3 s of a million-line ingest.
  if (!whole && forced === undefined && parsed.events.length > 0 && parsed.events.every((record) => isItself(record.value))) {
    return { ok: true, feed: { format: 'breachline', formats: [{ format: 'breachline', records: parsed.events.length }], records: parsed.events, rejects, warnings } };
  }
  const bare = parsed.shape === 'ndjson' && parsed.events.length === 1 && parsed.events[0]?.where === 'line 1';
  const units: Unwrapped[] = [];
  for (const record of parsed.events) {
    if (!whole && forced === undefined && isItself(record.value)) {
      units.push(new Itself(record));
      continue;
    }
    const { records, empty } = whole ? { records: [{ where: record.where, doc: record.value, raw: record.value }], empty: null } : unwrapRecord(record, bare);
    for (const unit of records) {
      const repeated = parsed.refusedInside?.get(unit.where);
      if (repeated) rejects.push({ where: unit.where, why: repeated });
      else if (unit.refused) rejects.push({ where: unit.where, why: unit.refused });
      else units.push(unit);
    }
    if (empty) rejects.push(empty);
  }
  if (units.length === 0 && rejects[0] && parsed.events.length > 0) return { ok: false, error: rejects[0] };

  const detected = units.map((unit) => (forced ?? (whole || unit instanceof Itself ? 'breachline' : detectRecord(unit.doc))));
  const format = forced ?? dominantOf(detected);
  if (format === 'breachline' && !forced && !whole && units.length > 0 && !detected.includes('breachline')) {
    const first = `the first record ${keysOf(units[0]?.doc)}`;
    // A bare array is the Breachline feed's own shape 2: its records are judged one by one, as they always were.
    if (parsed.shape !== 'array' || units.some((u) => u.raw !== u.doc)) {
      return { ok: false, error: { where: 'feed', why: `no record is in a format Breachline reads (${first}). ${FORMATS_UNDERSTOOD}` } };
    }
    warnings.push({ where: 'feed', why: `no record looks like a known format (${first}); read as Breachline events. ${FORMATS_UNDERSTOOD}` });
  }

  const notes = new Map<string, { where: string; count: number }>();
  const counts = new Map<FeedFormat, number>();
  const records: AdaptedRecord[] = [];
  units.forEach((unit, i) => {
    // A record that looks like nothing goes to the majority's adapter, which says what it lacks.
    const own = detected[i] ?? format;
    counts.set(own, (counts.get(own) ?? 0) + 1);
    const result = mapUnit(unit, own, notes);
    if ('value' in result) records.push(result);
    else rejects.push(result);
  });
  for (const [why, { where, count }] of notes) warnings.push({ where: count > 1 ? `${where} and ${count - 1} more` : where, why });
  const formats = FEED_FORMATS.flatMap((f) => (counts.has(f) ? [{ format: f, records: counts.get(f) ?? 0 }] : []));
  return { ok: true, feed: { format, formats, records, rejects, warnings } };
}
