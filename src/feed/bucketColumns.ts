import { MAX_TS, MIN_TS, parseTimestamp } from './normaliseEvent';
import { fastBucket } from './fastEvent';
import { describeIssue, quoteValue, type Reject } from './rejects';
import { feedBucketSchema } from './schema';

/**
 * A feed's hourly (or finer) sums, column by column: a SIEM may send millions of them, and millions of small objects
 * cost the worker ten times the memory of these arrays. Sorted by start time; row i is one bucket.
 */
export interface BucketColumns {
  length: number;
  /** Account ids, each once; `account[i]` indexes here. */
  accountIds: string[];
  account: Int32Array;
  start: Float64Array;
  minutes: Uint8Array;
  events: Float64Array;
  exports: Float64Array;
  records: Float64Array;
  bytes: Float64Array;
  /** Where bucket i stood in the feed (`buckets[12]`, `line 3, aggregations.x.buckets[4]`), for messages. */
  where: (i: number) => string;
}

export const EMPTY_BUCKETS: BucketColumns = {
  length: 0,
  accountIds: [],
  account: new Int32Array(0),
  start: new Float64Array(0),
  minutes: new Uint8Array(0),
  events: new Float64Array(0),
  exports: new Float64Array(0),
  records: new Float64Array(0),
  bytes: new Float64Array(0),
  where: () => '',
};

/** A typed column that grows by doubling: no object per bucket, even for ten million of them. */
class Column<T extends Float64Array | Int32Array | Uint8Array> {
  data: T;
  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }
  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[i] = value;
  }
  take<U extends T>(order: Uint32Array, make: (n: number) => U): U {
    const out = make(order.length);
    for (let i = 0; i < order.length; i++) out[i] = this.data[order[i]!]!;
    return out;
  }
}

/**
 * Collects validated buckets one at a time (from an envelope, an NDJSON line or a search response) into columns.
 * `whereOf(index)` names a bucket's place (`buckets[12]`, `line 12`) only when a message needs it: ten million buckets
 * keep one function per list, not one string each.
 */
export class BucketCollector {
  private readonly ids = new Map<string, number>();
  private readonly places: ((index: number) => string)[] = [];
  private n = 0;
  private readonly account = new Column((n) => new Int32Array(n));
  private readonly start = new Column((n) => new Float64Array(n));
  private readonly minutes = new Column((n) => new Uint8Array(n));
  private readonly events = new Column((n) => new Float64Array(n));
  private readonly exports = new Column((n) => new Float64Array(n));
  private readonly records = new Column((n) => new Float64Array(n));
  private readonly bytes = new Column((n) => new Float64Array(n));
  private readonly template = new Column((n) => new Int32Array(n));
  private readonly index = new Column((n) => new Int32Array(n));

  constructor(private rejects: Reject[]) {}

  /** Later refusals go to `rejects` (a collector started before the feed's reject list existed). */
  reportTo(rejects: Reject[]): void {
    rejects.push(...this.rejects.splice(0));
    this.rejects = rejects;
  }

  get size(): number {
    return this.n;
  }

  /** Buckets refused so far (not yet handed to the feed's reject list). */
  get refused(): number {
    return this.rejects.length;
  }

  /** Validates one bucket; a bad one becomes a reject saying where and why, the others still count. */
  add(value: unknown, whereOf: (index: number) => string, index: number): boolean {
    const where = () => whereOf(index);
    // Plainly valid buckets (nearly all) skip the schema, which still judges and words the rest.
    let bucket = fastBucket(value);
    if (!bucket) {
      const parsed = feedBucketSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const { path, why } = issue ? describeIssue(issue, value) : { path: '', why: 'invalid bucket' };
        this.rejects.push({ where: `${where()}${path}`, why: `bucket: ${why}` });
        return false;
      }
      bucket = { ...parsed.data, start: parseTimestamp(parsed.data.start) };
    }
    const start = bucket.start >= MIN_TS && bucket.start < MAX_TS ? bucket.start : Number.NaN;
    if (Number.isNaN(start)) return this.refuse(where(), '.start', `not a timestamp: ${quoteValue((value as { start?: unknown }).start)} (outside 1990–2100 or not a real date)`);
    const exports = bucket.exports ?? 0;
    const records = bucket.records ?? 0;
    const bytes = bucket.bytes ?? 0;
    if (exports > bucket.events) return this.refuse(where(), '.exports', `${exports} exports in a bucket of ${bucket.events} events`);
    // Raw events count as exports when they carry records or bytes: sums without any export cannot come from them.
    if ((records > 0 || bytes > 0) && exports === 0) return this.refuse(where(), '.exports', 'records or bytes without any export (set exports to the number of export events)');
    let account = this.ids.get(bucket.account);
    if (account === undefined) this.ids.set(bucket.account, (account = this.ids.size));
    let t = this.places.lastIndexOf(whereOf);
    if (t === -1) t = this.places.push(whereOf) - 1;
    const i = this.n++;
    this.account.set(i, account);
    this.start.set(i, start);
    this.minutes.set(i, bucket.minutes);
    this.events.set(i, bucket.events);
    this.exports.set(i, exports);
    this.records.set(i, records + 0);
    this.bytes.set(i, bytes + 0);
    this.template.set(i, t);
    this.index.set(i, index);
    return true;
  }

  private refuse(where: string, path: string, why: string): false {
    this.rejects.push({ where: `${where}${path}`, why: `bucket: ${why}` });
    return false;
  }

  private whereOf(row: number): string {
    const whereOf = this.places[this.template.data[row]!];
    return whereOf ? whereOf(this.index.data[row]!) : `bucket ${row}`;
  }

  /** The buckets sorted by time; a second bucket for the same account and start is refused (it would count twice). */
  columns(): BucketColumns {
    const n = this.n;
    if (n === 0) return EMPTY_BUCKETS;
    const start = this.start.data;
    const account = this.account.data;
    const sorted = new Uint32Array(n);
    for (let i = 0; i < n; i++) sorted[i] = i;
    sorted.sort((a, b) => start[a]! - start[b]! || account[a]! - account[b]! || a - b);
    let kept = 0;
    for (let k = 0; k < n; k++) {
      const row = sorted[k]!;
      const previous = kept > 0 ? sorted[kept - 1]! : -1;
      if (previous !== -1 && start[previous] === start[row] && account[previous] === account[row]) {
        const id = [...this.ids.keys()][account[row]!] ?? '';
        this.rejects.push({ where: this.whereOf(row), why: `bucket: a second bucket for ${quoteValue(id)} starting ${new Date(start[row]!).toISOString()}, first at ${this.whereOf(previous)}: counted once` });
        continue;
      }
      sorted[kept++] = row;
    }
    const order = sorted.subarray(0, kept);
    // The places travel with the columns (8 bytes a bucket); the collector and its spare capacity do not.
    const places = this.places;
    const placeOf = this.template.take(order, (m) => new Int32Array(m));
    const indexOf = this.index.take(order, (m) => new Int32Array(m));
    return {
      length: kept,
      accountIds: [...this.ids.keys()],
      account: this.account.take(order, (m) => new Int32Array(m)),
      start: this.start.take(order, (m) => new Float64Array(m)),
      minutes: this.minutes.take(order, (m) => new Uint8Array(m)),
      events: this.events.take(order, (m) => new Float64Array(m)),
      exports: this.exports.take(order, (m) => new Float64Array(m)),
      records: this.records.take(order, (m) => new Float64Array(m)),
      bytes: this.bytes.take(order, (m) => new Float64Array(m)),
      where: (i) => places[placeOf[i]!]?.(indexOf[i]!) ?? `bucket ${i}`,
    };
  }
}

/** Looks like a Breachline bucket rather than an event: an NDJSON line of hourly sums. */
export const isBucketRecord = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && 'start' in value && 'minutes' in value && !('ts' in value);

/** Several files' buckets as one set of columns (a duplicate across files is refused like one within a file). */
export function concatBuckets(parts: readonly { label: string; buckets: BucketColumns }[], rejects: Reject[]): BucketColumns {
  const collector = new BucketCollector(rejects);
  for (const { label, buckets } of parts) {
    const whereOf = (i: number) => `${label}: ${buckets.where(i)}`;
    for (let i = 0; i < buckets.length; i++) {
      collector.add(
        {
          account: buckets.accountIds[buckets.account[i]!],
          start: buckets.start[i],
          minutes: buckets.minutes[i],
          events: buckets.events[i],
          exports: buckets.exports[i],
          records: buckets.records[i],
          bytes: buckets.bytes[i],
        },
        whereOf,
        i,
      );
    }
  }
  return collector.columns();
}
