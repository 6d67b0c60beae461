import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { feedBucketSchema } from '../schema';
import { bucketsFromComposite, describeSearchError, isCompositeResponse } from './compositeAggregation';
import page1 from './fixtures/composite/es-page-1.json';
import page2 from './fixtures/composite/es-page-2.json';
import openSearchPage from './fixtures/composite/opensearch-page.json';
import tooManyBuckets from './fixtures/composite/es-error-too-many-buckets.json';
import shardFailure from './fixtures/composite/es-shard-failure.json';

// Values a cluster (or someone editing a saved response) might put anywhere, with the near-misses the adapter reads.
const plausible = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, 0, -1, 0.5, 1e300, -0, 1770796800000, '1770796800000', '2026-02-11T09:00:00+05:30', '2026-02-11 09:00', '\u202Eadmin', '', '-', 'NaN'),
  fc.double(),
  fc.record({ value: fc.oneof(fc.double(), fc.constant(null), fc.string()) }),
  fc.record({ doc_count: fc.oneof(fc.integer({ min: -2, max: 1e6 }), fc.double(), fc.string()) }),
);

const key = fc.dictionary(fc.constantFrom('account', 'user.name', 'user', 'hour', '@timestamp', 'start', 'ts', 'other'), plausible, { maxKeys: 4 });
const bucket = fc.oneof(
  fc.record({ key, doc_count: plausible }, { requiredKeys: [] }),
  fc.record({ key, doc_count: plausible, events: plausible, activity: plausible, exports: plausible, records: plausible, bytes: plausible }, { requiredKeys: ['key'] }),
  fc.jsonValue(),
);
const response = fc.record(
  {
    timed_out: plausible,
    _shards: fc.oneof(plausible, fc.record({ total: plausible, failed: plausible, failures: fc.array(fc.record({ reason: plausible })) })),
    _clusters: fc.oneof(plausible, fc.record({ skipped: plausible })),
    error: fc.oneof(fc.constant(undefined), plausible, fc.record({ type: plausible, reason: plausible, root_cause: fc.array(plausible) })),
    status: plausible,
    aggregations: fc.dictionary(fc.string(), fc.record({ after_key: plausible, buckets: fc.oneof(fc.array(bucket, { maxLength: 8 }), plausible) }, { requiredKeys: [] }), { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

/** Every path to a value in a document (through objects and lists), the document itself included. */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsIn(v, [...prefix, i])));
  if (value !== null && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...prefix, k])));
  return here;
}

function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, by);
  return copy;
}

// Real pages with a few values (or whole subtrees) swapped, so mutations reach past the first checks.
const mutant = fc.constantFrom<unknown>(page1, page2, openSearchPage, tooManyBuckets, shardFailure).chain((base) =>
  fc.array(fc.tuple(fc.constantFrom(...pathsIn(base).slice(1)), plausible), { minLength: 1, maxLength: 4 }).map((swaps) => swaps.reduce((doc, [path, by]) => replaced(doc, path, by), base)),
);

const isReason = (r: { where: string; why: string }) => typeof r.why === 'string' && r.why.length > 0 && typeof r.where === 'string';

test.prop([fc.oneof(fc.jsonValue(), response, mutant), fc.constantFrom('', 'line 3')], { numRuns: 500 })(
  'never throws; every bucket is accepted as a valid Breachline bucket or refused with where and why',
  (doc, where) => {
    const detected = isCompositeResponse(doc);
    const result = bucketsFromComposite(doc, where);
    expect(describeSearchError(doc) === null || typeof describeSearchError(doc) === 'string').toBe(true);
    if (!result.ok) {
      expect(isReason(result.error) && result.error.where.length > 0).toBe(true);
      // A detected response fails only when the cluster said why.
      if (detected) expect(result.error.why).toMatch(/^the cluster refused the search/);
      return;
    }
    expect(detected).toBe(true);
    for (const { where: place, value } of result.buckets) {
      expect(place.startsWith(where)).toBe(true);
      expect(feedBucketSchema.safeParse(value).success).toBe(true);
    }
    for (const r of [...result.rejects, ...result.warnings]) expect(isReason(r)).toBe(true);
    // Nothing is lost: the chosen aggregation's items are all either buckets or rejects.
    const places = new Set([...result.buckets, ...result.rejects].map((b) => b.where));
    expect(places.size).toBe(result.buckets.length + result.rejects.length);
  },
);
