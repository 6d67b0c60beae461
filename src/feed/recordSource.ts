import type { AdaptedRecord } from './adapters/adaptFeed';
import { NamedOnDemand } from './parseFeed';

/**
 * The records the ingest loop reads, by position: an adapter's list, or an envelope's values. `at` gives the whole
 * record, named (an envelope's is built then, for a reject or a warning); the loop reads the rest without it.
 */
export interface RecordSource {
  length: number;
  at(index: number): AdaptedRecord;
  valueAt(index: number): unknown;
  /** The record as the feed wrote it, for the raw view. */
  rawAt(index: number): unknown;
  /** The adapter that mapped it, prefixed to a reason; null for a Breachline record. */
  labelAt(index: number): string | null;
}

export const listSource = (records: readonly AdaptedRecord[]): RecordSource => ({
  length: records.length,
  at: (i) => records[i]!,
  valueAt: (i) => records[i]!.value,
  rawAt: (i) => {
    const record = records[i]!;
    return 'raw' in record ? record.raw : record.value;
  },
  labelAt: (i) => records[i]!.label ?? null,
});

/** An envelope's own event values: each its own raw record, with no adapter label, named only when asked. */
export const envelopeSource = (values: readonly unknown[]): RecordSource => ({
  length: values.length,
  at: (i) => new NamedOnDemand(values[i], 'events', i),
  valueAt: (i) => values[i],
  rawAt: (i) => values[i],
  labelAt: () => null,
});
