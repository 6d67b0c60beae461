import type { RawRecord } from '../parseFeed';
import { asText, isDoc, type Doc } from './readPath';

/** One record out of its wrapper: the document to map, the record as it stood (for the raw view), the index's id. */
export interface Unwrapped {
  where: string;
  doc: unknown;
  raw: unknown;
  id?: string;
  /** Why the wrapper holds nothing to map, when it does not (a hit without `_source`). */
  refused?: string;
}

export type UnwrapOutcome = { records: Unwrapped[]; empty: { where: string; why: string } | null };

const at = (where: string, step: string) => (where === '' ? step : `${where}, ${step}`);

/** True when unwrapRecord leaves `value` as it is: it has none of the keys a wrapper below is known by. */
export const needsNoUnwrapping = (value: Doc): boolean =>
  value.hits === undefined && value.Records === undefined && value._source === undefined && value._index === undefined && value.type !== 'doc';

/** A search hit or an archive document gives up its source and its id; anything else is itself. */
function single(where: string, value: unknown): Unwrapped {
  if (isDoc(value) && isDoc(value._source)) return { where, doc: value._source, raw: value, id: asText(value._id) };
  if (isDoc(value) && typeof value._index === 'string' && value._source === undefined) {
    return { where, doc: value, raw: value, refused: 'search hit without a _source document (was the search run with "_source": false, or for fields only?)' };
  }
  // esArchiver: {"type": "doc", "value": {"index": …, "id": …, "source": {…}}}
  if (isDoc(value) && value.type === 'doc' && isDoc(value.value) && isDoc(value.value.source)) {
    return { where, doc: value.value.source, raw: value, id: asText(value.value.id) };
  }
  return { where, doc: value, raw: value };
}

/**
 * Opens the wrappers third-party exports come in: an Elasticsearch/OpenSearch `_search` response (`hits.hits[]`),
 * a CloudTrail log file (`{"Records": [...]}`), a single hit (`_source`) and an Elastic archive document. `where`
 * grows with the step taken ("line 3, hits.hits[12]"). An empty wrapper is reported, so a zero is never silent.
 */
export function unwrapRecord(record: RawRecord, bare: boolean): UnwrapOutcome {
  const where = bare ? '' : record.where;
  const { value } = record;
  const hits = isDoc(value) && isDoc(value.hits) ? value.hits.hits : undefined;
  const list = Array.isArray(hits) ? { items: hits, step: 'hits.hits', what: 'search response holds no hits' } : null;
  const trail = isDoc(value) && Array.isArray(value.Records) ? { items: value.Records as unknown[], step: 'Records', what: 'CloudTrail file holds no Records' } : null;
  const wrapper = list ?? trail;
  if (!wrapper) return { records: [single(record.where, value)], empty: null };
  if (wrapper.items.length === 0) return { records: [], empty: { where: at(where, wrapper.step) || record.where, why: `the ${wrapper.what}` } };
  return { records: wrapper.items.map((item, i) => single(at(where, `${wrapper.step}[${i}]`), item)), empty: null };
}
