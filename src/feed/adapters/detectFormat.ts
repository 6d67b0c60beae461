import type { Adapter } from './adapter';
import { cloudtrailAdapter } from './cloudtrailAdapter';
import { ecsAdapter } from './ecsAdapter';
import type { AdapterFormat, FeedFormat } from './feedFormats';
import { ocsfAdapter } from './ocsfAdapter';
import { isDoc } from './readPath';
import { wazuhAdapter } from './wazuhAdapter';

export const ADAPTERS: Record<AdapterFormat, Adapter> = {
  wazuh: wazuhAdapter,
  ecs: ecsAdapter,
  ocsf: ocsfAdapter,
  cloudtrail: cloudtrailAdapter,
};

// Most specific first: a Wazuh indexer document also has "@timestamp", and Elastic's CloudTrail integration writes
// ECS, so the looser ECS test comes last.
const ORDER: readonly AdapterFormat[] = ['wazuh', 'cloudtrail', 'ocsf', 'ecs'];

const BREACHLINE_KEYS = ['ts', 'action'];
const has = (doc: object, key: string) => Object.prototype.hasOwnProperty.call(doc, key);

/** No third-party format has a top-level "ts": a Breachline event is known at once (the common case, and a big feed). */
export const isPlainlyBreachline = (doc: object): boolean => has(doc, 'ts');

/**
 * Which format one record is in, by its structure (see each adapter's `looksLike`); `breachline` when it has the
 * Breachline event's own keys (`ts`, `action`) and no third-party shape; null when it looks like nothing known.
 */
export function detectRecord(doc: unknown): FeedFormat | null {
  if (!isDoc(doc)) return null;
  if (isPlainlyBreachline(doc)) return 'breachline';
  for (const format of ORDER) if (ADAPTERS[format].looksLike(doc)) return format;
  return BREACHLINE_KEYS.some((key) => has(doc, key)) ? 'breachline' : null;
}
