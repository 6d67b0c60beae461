import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ingestFeed } from '../ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import { ADAPTERS } from './detectFormat';
import { FEED_FORMATS, type AdapterFormat } from './feedFormats';
import wazuh4x from './fixtures/wazuh/alerts-4x.json?raw';
import wazuh3x from './fixtures/wazuh/alerts-3x.json?raw';
import wazuhHits from './fixtures/wazuh/indexer-search-response.json?raw';
import ecsHits from './fixtures/ecs/alerts-search-response.json?raw';
import ecsLines from './fixtures/ecs/alerts-export.ndjson?raw';
import ecsSample from './fixtures/samples/ecs_rfc0031_example-alert.json?raw';
import ocsfEvents from './fixtures/ocsf/events.json?raw';
import oktaFinding from './fixtures/samples/okta_v1.3.0_detection_finding.ocsf.json?raw';
import ctFile from './fixtures/cloudtrail/records-file.json?raw';
import ctLines from './fixtures/cloudtrail/events.ndjson?raw';

// Values an exporter might put anywhere: JSON of any shape, plus the near-misses each adapter special-cases.
const plausible = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('2020-03-04T13:55:05.224939+0000', '2026-02-11 03:03:20', '-', '<violet>', 'Success', 'Failure', 'T1078', 'TA0010', 'credential access', 'GetObject', 'critical'),
  // Valid times and class ids, so generated records get past the first checks into the mapping itself.
  fc.constantFrom(1723564700, 1729176166108, '2026-02-11T10:00:00Z', 3002, 6003, 2004, 2001, 4001, 1, 2, 10, { name: 'a.smit' }),
  fc.integer({ min: -1, max: 2e15 }),
  fc.double(),
  fc.array(fc.oneof(fc.string(), fc.record({ id: fc.jsonValue(), uid: fc.jsonValue(), name: fc.jsonValue() }))),
);

// Each adapter's own field paths, so generated records reach deep into its code, not only its first check.
const PATHS: Record<AdapterFormat, string[]> = {
  wazuh: ['timestamp', '@timestamp', 'id', 'rule.level', 'rule.id', 'rule.description', 'rule.groups', 'rule.mitre.id', 'rule.mitre.tactic', 'agent.name', 'predecoder.hostname', 'decoder.name', 'data.srcuser', 'data.dstuser', 'data.office365.UserId', 'data.office365.Operation', 'data.win.eventdata.targetUserName', 'data.srcip'],
  ecs: ['@timestamp', 'kibana.alert.original_time', 'kibana.alert.uuid', 'kibana.alert.severity', 'kibana.alert.risk_score', 'kibana.alert.rule.name', 'kibana.alert.rule.rule_id', 'kibana.alert.rule.threat', 'threat', 'threat.tactic.id', 'threat.technique.id', 'signal.rule.threat', 'user.name', 'host.name', 'source.ip', 'source.bytes', 'file.size', 'event.kind', 'event.category', 'event.outcome'],
  ocsf: ['class_uid', 'time', 'time_dt', 'activity_id', 'status_id', 'severity_id', 'severity', 'metadata.uid', 'user.name', 'actor.user.name', 'actor.user', 'evidences', 'api.operation', 'finding_info.title', 'finding_info.attacks', 'finding.title', 'attacks', 'traffic.bytes_out', 'src_endpoint.ip'],
  cloudtrail: ['eventName', 'eventTime', '@timestamp', 'eventSource', 'eventID', 'userIdentity', 'userIdentity.userName', 'userIdentity.arn', 'userIdentity.type', 'userIdentity.invokedBy', 'errorCode', 'responseElements.ConsoleLogin', 'additionalEventData.bytesTransferredOut', 'requestParameters.bucketName', 'sourceIPAddress'],
};

/** A record holding some of `paths`, each nested or as one flat dotted key (Elastic writes both). */
function recordOf(paths: string[]) {
  return fc.array(fc.tuple(fc.constantFrom(...paths), plausible, fc.boolean()), { maxLength: paths.length }).map((entries) => {
    const doc: Record<string, unknown> = {};
    for (const [path, value, flat] of entries) {
      if (flat) {
        doc[path] = value;
        continue;
      }
      const parts = path.split('.');
      let node: Record<string, unknown> = doc;
      for (const part of parts.slice(0, -1)) {
        const next = node[part];
        node = (node[part] = next !== null && typeof next === 'object' && !Array.isArray(next) ? next : {}) as Record<string, unknown>;
      }
      node[parts.at(-1) ?? ''] = value;
    }
    return doc;
  });
}

const parsesAlone = (line: string) => {
  try {
    return [JSON.parse(line) as unknown];
  } catch {
    return []; // the fixtures' deliberately broken lines
  }
};
const lines = (text: string): unknown[] => text.split('\n').filter((l) => l.trim() !== '').flatMap(parsesAlone);
const sources = (text: string): unknown[] => (JSON.parse(text) as { hits: { hits: { _source: unknown }[] } }).hits.hits.map((h) => h._source);

// Real records (the fixtures), so a mutation of one field reaches the code behind all the checks the others pass.
const BASES: Record<AdapterFormat, unknown[]> = {
  wazuh: [...lines(wazuh4x), ...lines(wazuh3x), ...sources(wazuhHits)],
  ecs: [...sources(ecsHits), ...lines(ecsLines), JSON.parse(ecsSample)],
  ocsf: [...(JSON.parse(ocsfEvents) as unknown[]), JSON.parse(oktaFinding)],
  cloudtrail: [...(JSON.parse(ctFile) as { Records: unknown[] }).Records, ...lines(ctLines)],
};

/** Every path to a value in a record (through objects and lists), the record itself included. */
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

/** A real record of this format with a few of its values (or whole subtrees) swapped for hostile ones. */
const mutantOf = (format: AdapterFormat) =>
  fc.constantFrom(...BASES[format]).chain((base) => {
    const paths = pathsIn(base).slice(1);
    return fc.array(fc.tuple(fc.constantFrom(...paths), plausible), { minLength: 1, maxLength: 4 }).map((swaps) => swaps.reduce((doc, [path, by]) => replaced(doc, path, by), base));
  });

const isReason = (why: unknown) => typeof why === 'string' && why.length > 0;

describe.each(Object.keys(PATHS) as AdapterFormat[])('the %s adapter', (format) => {
  const adapter = ADAPTERS[format];

  test.prop([fc.oneof(fc.jsonValue(), recordOf(PATHS[format]), mutantOf(format))], { numRuns: 500 })('never throws, and either maps or gives a reason', (record) => {
    const mapped = adapter.map(record, { where: 'line 1' });
    if (mapped.ok) expect(typeof mapped.event.id).toBe('string');
    else expect(isReason(mapped.why)).toBe(true);
  });

  test.prop([fc.array(fc.oneof(fc.jsonValue(), recordOf(PATHS[format]), mutantOf(format)), { maxLength: 20 })])(
    'forced on any array, every record is accepted or rejected with a reason',
    (records) => {
      const result = ingestFeed(JSON.stringify(records), TEST_SETTINGS, { format });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      // Wrappers are opened, so a record may stand for several: count the units ingest saw, not the array.
      const units = result.feed.formats.reduce((n, f) => n + f.records, 0);
      const unopened = result.feed.rejects.filter((r) => /holds no|without a _source/.test(r.why)).length;
      expect(result.feed.events.length + result.feed.rejects.length).toBe(units + unopened);
      for (const reject of result.feed.rejects) expect(isReason(reject.why)).toBe(true);
    },
  );
});

const anyRecord = fc.oneof(fc.jsonValue(), ...Object.values(PATHS).map(recordOf), ...(Object.keys(BASES) as AdapterFormat[]).map(mutantOf));

test.prop([fc.array(fc.oneof(anyRecord, fc.record({ _id: fc.string(), _source: anyRecord })), { maxLength: 15 }), fc.constantFrom(undefined, ...FEED_FORMATS)])(
  'a _search response around anything: ingest never throws; a failure says where and why',
  (hits, format) => {
    const result = ingestFeed(JSON.stringify({ took: 1, hits: { hits } }), TEST_SETTINGS, { format });
    if (!result.ok) {
      expect(result.error.where.length).toBeGreaterThan(0);
      expect(isReason(result.error.why)).toBe(true);
      return;
    }
    expect(result.feed.events.length + result.feed.rejects.length).toBeGreaterThanOrEqual(hits.length);
  },
);

test.prop([fc.array(anyRecord, { maxLength: 15 }).map((Records) => JSON.stringify({ Records })), fc.jsonValue().map((v) => JSON.stringify(v))])(
  'a CloudTrail file or any JSON text: ingest never throws',
  (file, other) => {
    for (const text of [file, other, `${file}\n${other}`]) {
      const result = ingestFeed(text, TEST_SETTINGS);
      if (!result.ok) expect(isReason(result.error.why)).toBe(true);
    }
  },
);
