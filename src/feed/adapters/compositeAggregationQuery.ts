import hourlyQuery from './fixtures/composite/query.json' with { type: 'json' };
import { isDoc, own, type Doc } from './readPath.ts';

// The search body that asks a cluster for hourly sums (README, "Hourly sums from the cluster", shows this same file),
// and the edits paging makes to a body. Pure: the fetcher in src/queries/ and config validation share it.

const aggsOf = (body: Doc): unknown => own(body, 'aggs') ?? own(body, 'aggregations');

/** The name of the body's composite aggregation (`aggs.<name>.composite`), or null when it has none or several. */
export function compositeAggregationName(body: unknown): string | null {
  const aggs = isDoc(body) ? aggsOf(body) : undefined;
  if (!isDoc(aggs)) return null;
  const names = Object.keys(aggs).filter((name) => isDoc(aggs[name]) && isDoc(own(aggs[name] as Doc, 'composite')));
  return names.length === 1 ? (names[0] ?? null) : null;
}

// JSON in, JSON out: a structured copy keeps the caller's body untouched and drops nothing a search body can hold.
const copyOf = (body: Doc): Doc => structuredClone(body);

function compositeOf(body: Doc): Doc | null {
  const name = compositeAggregationName(body);
  const aggs = aggsOf(body);
  if (name === null || !isDoc(aggs)) return null;
  const composite = own(aggs[name] as Doc, 'composite');
  return isDoc(composite) ? composite : null;
}

/** The body asking for the page after `afterKey` (`composite.after`); the first page when it is null. */
export function withAfterKey(body: Doc, afterKey: Record<string, unknown> | null): Doc {
  const copy = copyOf(body);
  const composite = compositeOf(copy);
  if (composite === null) return copy;
  if (afterKey === null) delete composite.after;
  else composite.after = afterKey;
  return copy;
}

/**
 * The body with `time_zone` set on each date_histogram source that does not name one: hours are cut in the
 * organisation's zone, so off-hours are counted in its local hours even where the offset is not whole hours.
 */
export function withTimeZone(body: Doc, timezone: string): Doc {
  const copy = copyOf(body);
  const sources = compositeOf(copy)?.sources;
  if (!Array.isArray(sources)) return copy;
  for (const source of sources) {
    if (!isDoc(source)) continue;
    for (const value of Object.values(source)) {
      const histogram = isDoc(value) ? own(value, 'date_histogram') : undefined;
      if (isDoc(histogram) && own(histogram, 'time_zone') === undefined) histogram.time_zone = timezone;
    }
  }
  return copy;
}

/** The README's query for an ECS audit index, with hours cut in `timezone`. */
export function hourlyCompositeQuery(timezone: string): Doc {
  const body = copyOf(hourlyQuery);
  const sources = compositeOf(body)?.sources;
  // The file pins a zone so it can be pasted as it is; a deployment's own zone replaces it.
  if (Array.isArray(sources)) for (const source of sources) if (isDoc(source) && isDoc(source.hour) && isDoc(source.hour.date_histogram)) delete source.hour.date_histogram.time_zone;
  return withTimeZone(body, timezone);
}
