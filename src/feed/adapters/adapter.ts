import { quoteValue } from '../rejects';
import type { FeedEventInput } from '../schema';
import type { AdapterFormat } from './feedFormats';
import type { Doc } from './readPath';

/** What the wrapper around a record knew about it: where it stood, and the id an index gave it (`_id`). */
export interface RecordHint {
  where: string;
  id?: string;
}

/**
 * A record mapped into a Breachline event, with notes for the warnings (aggregated across records by their text),
 * or refused with the reason. Mapping never throws: a bad record is a value.
 */
export type Mapped = { ok: true; event: FeedEventInput; notes: string[] } | { ok: false; why: string };

export interface Adapter {
  format: AdapterFormat;
  /** The product's name, prefixed to every reason and note this adapter gives. */
  label: string;
  /** Cheap structural test used by detection; `map` must still cope with anything. */
  looksLike(doc: Doc): boolean;
  map(record: unknown, hint: RecordHint): Mapped;
}

export const refuse = (why: string): Mapped => ({ ok: false, why });

export const notAnObject = (what: string, value: unknown): Mapped =>
  refuse(`${what} must be a JSON object, found ${Array.isArray(value) ? 'a list' : quoteValue(value)}`);

/** Drops absent fields, so the event holds only what the source said. */
export function compactEvent(event: { [K in keyof FeedEventInput]: FeedEventInput[K] | undefined }): FeedEventInput {
  const out: Record<string, unknown> = {};
  // for…in, not Object.entries: no pair array per field of every mapped record (the event is a plain literal).
  for (const key in event) {
    const value = event[key as keyof typeof event];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as FeedEventInput;
}

/** A byte count usable as `bytes`: finite, not negative; fractions (CloudTrail writes 89.0) rounded. */
export function byteCount(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER ? Math.round(value) : undefined;
}
