import { inertText, quoteValue, type Reject } from '../rejects';
import { timestampSchema } from '../schema';
import { asText, isDoc, own, type Doc } from './readPath';

// Elasticsearch / OpenSearch `composite` aggregation responses (account × hour, with sums) → Breachline hourly buckets.
// The query that produces them is fixtures/composite/query.json (README, "Hourly sums from the cluster").

/** Names a composite source may carry the account under: the README's query says `account`; ECS and Wazuh users write the field. */
export const ACCOUNT_KEYS = ['account', 'user.name', 'user'] as const;
/** Names for the date_histogram source: the README's query says `hour`. */
export const HOUR_KEYS = ['hour', '@timestamp', 'start', 'ts'] as const;
/** A filter sub-aggregation counting the activity events, when the index also holds detections the query did not exclude. */
export const EVENT_AGGS = ['events', 'activity'] as const;
/** Sub-aggregations read into the bucket: `exports` (filter → doc_count), `records` and `bytes` (sum → value). */
export const SUM_AGGS = ['records', 'bytes'] as const;

export interface CompositeBucket {
  where: string;
  value: unknown;
}

export type CompositeBuckets =
  | { ok: true; buckets: CompositeBucket[]; afterKey: Record<string, unknown> | null; rejects: Reject[]; warnings: Reject[] }
  | { ok: false; error: Reject };

const MAX_REASON = 300;
const at = (where: string, step: string) => (where === '' ? step : `${where}, ${step}`);

/** An aggregation result that is a composite one: buckets keyed by objects, or an after_key to page on. */
function isCompositeAgg(agg: unknown, searchHits: unknown): agg is Doc & { buckets: unknown[] } {
  if (!isDoc(agg) || !Array.isArray(agg.buckets)) return false;
  if (isDoc(own(agg, 'after_key'))) return true;
  if (agg.buckets.length > 0) return agg.buckets.some((b) => isDoc(b) && isDoc(own(b, 'key')));
  // The empty last page of a chain has neither; a terms aggregation says how many it left out, and a composite
  // query asks for no hits (size 0), so an empty one among hits is another kind of aggregation.
  return own(agg, 'sum_other_doc_count') === undefined && !(Array.isArray(searchHits) && searchHits.length > 0);
}

function compositeAggs(doc: Doc): [string, Doc & { buckets: unknown[] }][] {
  const aggregations = own(doc, 'aggregations');
  if (!isDoc(aggregations)) return [];
  const hits = isDoc(own(doc, 'hits')) ? own(own(doc, 'hits') as Doc, 'hits') : undefined;
  const out: [string, Doc & { buckets: unknown[] }][] = [];
  for (const name of Object.keys(aggregations)) {
    const agg = aggregations[name];
    if (isCompositeAgg(agg, hits)) out.push([name, agg]);
  }
  return out;
}

const isErrorBody = (doc: Doc) => {
  const error = own(doc, 'error');
  return typeof error === 'string' || (isDoc(error) && (own(error, 'type') !== undefined || own(error, 'reason') !== undefined));
};

/**
 * Whether a parsed document is a search response carrying a composite aggregation (`aggregations.<name>.buckets` of
 * `{key: {…}}`, or an `after_key`) — or the error body a cluster sends instead (`{"error": {type, reason}, "status"}`),
 * so that a saved failure is reported with its reason rather than as an unknown file.
 */
export function isCompositeResponse(doc: unknown): boolean {
  if (!isDoc(doc)) return false;
  if (isErrorBody(doc) && own(doc, 'aggregations') === undefined) return true;
  return compositeAggs(doc).length > 0;
}

const causeText = (cause: unknown): string | undefined => {
  if (!isDoc(cause)) return asText(cause);
  const type = asText(own(cause, 'type'));
  const reason = asText(own(cause, 'reason'));
  return type && reason ? `${type}: ${reason}` : (reason ?? type);
};

/**
 * The reason an Elasticsearch/OpenSearch error body gives, as inert text: its type and reason, and the first root
 * cause when it says more ("all shards failed" names nothing; `too_many_buckets_exception` does). Null when the
 * document is not an error body.
 */
export function describeSearchError(doc: unknown): string | null {
  if (!isDoc(doc) || !isErrorBody(doc)) return null;
  const error = own(doc, 'error');
  const top = causeText(error) ?? 'an error without a reason';
  const roots = isDoc(error) ? own(error, 'root_cause') : undefined;
  const caused = isDoc(error) ? own(error, 'caused_by') : undefined;
  const root = (Array.isArray(roots) ? roots.map(causeText).find((t) => t !== undefined) : undefined) ?? causeText(caused);
  const status = own(doc, 'status');
  const text = `${typeof status === 'number' ? `status ${status}, ` : ''}${top}${root && root !== top ? ` (${root})` : ''}`;
  return inertText(text, MAX_REASON);
}

function searchWarnings(doc: Doc, where: string): Reject[] {
  const warnings: Reject[] = [];
  if (own(doc, 'timed_out') === true) warnings.push({ where: at(where, 'timed_out'), why: 'the search timed out: the sums may be incomplete' });
  const shards = own(doc, '_shards');
  const failed = isDoc(shards) ? own(shards, 'failed') : undefined;
  if (typeof failed === 'number' && failed > 0 && isDoc(shards)) {
    const total = own(shards, 'total');
    const failures = own(shards, 'failures');
    const first = Array.isArray(failures) && isDoc(failures[0]) ? causeText(own(failures[0], 'reason')) : undefined;
    warnings.push({
      where: at(where, '_shards.failed'),
      why: `${failed} of ${typeof total === 'number' ? total : '?'} shards failed: the sums may be incomplete${first ? ` (${inertText(first, MAX_REASON)})` : ''}`,
    });
  }
  const clusters = own(doc, '_clusters');
  const skipped = isDoc(clusters) ? own(clusters, 'skipped') : undefined;
  if (typeof skipped === 'number' && skipped > 0) warnings.push({ where: at(where, '_clusters.skipped'), why: `${skipped} remote cluster(s) skipped: the sums may be incomplete` });
  return warnings;
}

type Read<T> = { ok: true; value: T } | { ok: false; why: string };

/** A count as the cluster writes it: doc_count is an integer; a sum is a double or null (no values: 0). */
function countOf(value: unknown, what: string, nullIsZero: boolean): Read<number> {
  if (value === null && nullIsZero) return { ok: true, value: 0 };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, why: `${what} is not a number: ${quoteValue(value)}` };
  if (value < 0) return { ok: false, why: `${what} is negative: ${quoteValue(value)}` };
  const rounded = Math.round(value);
  if (rounded > Number.MAX_SAFE_INTEGER) return { ok: false, why: `${what} is too large to count exactly: ${quoteValue(value)}` };
  return { ok: true, value: rounded };
}

function firstKey(key: Doc, names: readonly string[]): { name: string; value: unknown } | undefined {
  for (const name of names) if (Object.prototype.hasOwnProperty.call(key, name)) return { name, value: key[name] };
  return undefined;
}

function startOf(found: { name: string; value: unknown } | undefined): Read<number | string> {
  if (found === undefined) return { ok: false, why: `bucket key without an hour (one of ${HOUR_KEYS.join(', ')})` };
  const { name, value } = found;
  // date_histogram sources give epoch ms; "format": "epoch_millis" gives the same as a string.
  const ms = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  if (typeof ms === 'number') {
    return Number.isSafeInteger(ms) && ms >= 0 && ms <= 8.64e15 ? { ok: true, value: ms } : { ok: false, why: `key.${name} is not epoch milliseconds: ${quoteValue(value)}` };
  }
  if (typeof value === 'string' && timestampSchema.safeParse(value).success) return { ok: true, value };
  const hint = typeof value === 'string' ? ' (a date_histogram "format" without an offset: drop the format to get epoch ms, or end it with XXX)' : '';
  return { ok: false, why: `key.${name} is not a time with an offset or epoch ms: ${quoteValue(value)}${hint}` };
}

/** A sub-aggregation's number: a filter's doc_count or a metric's value. */
function subCount(bucket: Doc, name: string): Read<number> | undefined {
  const agg = own(bucket, name);
  if (agg === undefined) return undefined;
  if (!isDoc(agg)) return { ok: false, why: `${name} is not an aggregation result: ${quoteValue(agg)}` };
  if (own(agg, 'doc_count') !== undefined) return countOf(own(agg, 'doc_count'), `${name}.doc_count`, false);
  if (Object.prototype.hasOwnProperty.call(agg, 'value')) return countOf(agg.value, `${name}.value`, true);
  return { ok: false, why: `${name} holds neither doc_count nor value` };
}

function bucketOf(item: unknown): Read<Record<string, unknown>> {
  if (!isDoc(item)) return { ok: false, why: `a bucket must be a JSON object, found ${quoteValue(item)}` };
  const key = own(item, 'key');
  if (!isDoc(key)) return { ok: false, why: `bucket without a key object: ${quoteValue(key)}` };
  const accountKey = firstKey(key, ACCOUNT_KEYS);
  const account = asText(accountKey?.value);
  if (account === undefined) {
    const why = accountKey ? `key.${accountKey.name} is not an account: ${quoteValue(accountKey.value)}${accountKey.value === null ? ' (documents without one, from "missing_bucket": true)' : ''}` : `bucket key without an account (one of ${ACCOUNT_KEYS.join(', ')})`;
    return { ok: false, why };
  }
  const start = startOf(firstKey(key, HOUR_KEYS));
  if (!start.ok) return start;
  const eventAgg = EVENT_AGGS.find((name) => own(item, name) !== undefined);
  const events = (eventAgg ? subCount(item, eventAgg) : undefined) ?? countOf(own(item, 'doc_count'), 'doc_count', false);
  if (!events.ok) return events;
  const bucket: Record<string, unknown> = { account, start: start.value, minutes: 60, events: events.value };
  for (const name of ['exports', ...SUM_AGGS]) {
    const count = subCount(item, name);
    if (count === undefined) continue;
    if (!count.ok) return count;
    bucket[name] = count.value;
  }
  return { ok: true, value: bucket };
}

/**
 * The Breachline hourly buckets in a composite aggregation response: `{account, start, minutes: 60, events, exports?,
 * records?, bytes?}` per composite bucket, each with its place (`line 1, aggregations.by_account_hour.buckets[12]`);
 * a bucket that cannot be read is a reject, the others are kept. `afterKey` is the page's `after_key` (null on the
 * last page). An error body fails with the cluster's reason; a timed-out or partial search gives a warning.
 * Never throws: every value is data.
 */
export function bucketsFromComposite(doc: unknown, where: string): CompositeBuckets {
  if (!isDoc(doc)) return { ok: false, error: { where: where || 'search response', why: `a search response must be a JSON object, found ${Array.isArray(doc) ? 'a list' : quoteValue(doc)}` } };
  const error = describeSearchError(doc);
  if (error !== null) return { ok: false, error: { where: at(where, 'error'), why: `the cluster refused the search: ${error}` } };
  const composites = compositeAggs(doc);
  const [first] = composites;
  if (first === undefined) {
    return { ok: false, error: { where: at(where, 'aggregations'), why: 'no composite aggregation in the search response (aggregations.<name>.buckets of {"key": {…}})' } };
  }
  const [name, agg] = first;
  const warnings = searchWarnings(doc, where);
  if (composites.length > 1) {
    warnings.push({ where: at(where, 'aggregations'), why: `${composites.length} composite aggregations; only ${quoteValue(name)} was read` });
  }
  const step = `aggregations.${inertText(name)}.buckets`;
  const buckets: CompositeBucket[] = [];
  const rejects: Reject[] = [];
  agg.buckets.forEach((item, i) => {
    const read = bucketOf(item);
    const place = at(where, `${step}[${i}]`);
    if (read.ok) buckets.push({ where: place, value: read.value });
    else rejects.push({ where: place, why: `composite bucket: ${read.why}` });
  });
  const afterKey = own(agg, 'after_key');
  return { ok: true, buckets, afterKey: isDoc(afterKey) ? afterKey : null, rejects, warnings };
}
