import { fromValue, parseFeed, type FeedShape, type ParsedFeed, type RawRecord } from './parseFeed';
import { envelopeSource, listSource, type RecordSource } from './recordSource';
import { describeIssue, inertText, quoteValue, type Reject } from './rejects';
import { feedAccountSchema, feedIncidentSchema, feedMetaSchema, type BusinessHours, type FeedEvent, type FeedIncident } from './schema';
import { checkEvent, normaliseEvent, parseTimestamp, type NormalisedEvent, type ValidEvent } from './normaliseEvent';
import { isValidTimezone, type IngestSettings } from './settings';
import { resolveAccounts, type AccountInfo } from './resolveAccounts';
import { adaptFeed, type AdaptResult } from './adapters/adaptFeed';
import { bucketsFromComposite, isCompositeResponse } from './adapters/compositeAggregation';
import { BucketCollector, isBucketRecord, type BucketColumns } from './bucketColumns';
import { FirstSeenIds } from './firstSeenIds';
import type { KeyMarks } from './findDuplicateKeys';
import { FORMAT_LABELS, FORMATS_UNDERSTOOD, type FeedFormat, type FormatCount } from './adapters/feedFormats';

export interface IncidentInfo {
  id: string;
  title: string | null;
  status: FeedIncident['status'] | null;
  opened: number | null;
}

export interface FeedContext {
  source: string | null;
  /** The "now" of the feed: meta.generatedAt, else the load time. */
  now: number;
  timezone: string;
  timezoneFrom: 'feed' | 'config';
  businessHours: BusinessHours;
  businessHoursFrom: 'feed' | 'config';
}

export interface IngestedFeed {
  shape: FeedShape;
  /** The detected (or forced) format most records were in; `formats` counts the records of each. */
  format: FeedFormat;
  formats: FormatCount[];
  context: FeedContext;
  /** Accepted events, sorted by time. */
  events: NormalisedEvent[];
  /** Pre-aggregated activity (FEED v1 `buckets`, a SIEM's hourly sums), sorted by time; empty for a raw feed. */
  buckets: BucketColumns;
  /** The feed's own record for each accepted event, by `event.index`, for the raw view. */
  raw: unknown[];
  accounts: Map<string, AccountInfo>;
  incidents: Map<string, IncidentInfo>;
  rejects: Reject[];
  /** Kept records with something the analyst should know (revoked or unknown technique IDs, …). */
  warnings: Reject[];
  /** Files read together (several dropped at once): each one's label and its range of `raw` indexes. */
  parts: { label: string; from: number; to: number; format: FeedFormat; rejected: number }[];
}

export type IngestResult = { ok: true; feed: IngestedFeed } | { ok: false; error: Reject };

/** `format` forces an adapter (`feed check --format wazuh`) instead of detecting one. */
export interface IngestOptions {
  format?: FeedFormat;
}

const ATTACK_WARNINGS: Record<string, string> = {
  revoked: 'revoked technique ID, shown as its replacement',
  deprecated: 'deprecated technique ID',
  'unknown-technique': 'technique ID not in ATT&CK v18.1, shown as unknown',
  'unknown-tactic': 'tactic not in ATT&CK v18.1, shown as unplaced',
  'tactic-not-in-catalogue': 'tactic stated by the feed is not one the catalogue gives this technique; kept as stated',
};

function resolveContext(metaValue: unknown, settings: IngestSettings, warnings: Reject[]): FeedContext {
  const parsed = feedMetaSchema.safeParse(metaValue ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue) {
      const { path, why } = describeIssue(issue, metaValue);
      warnings.push({ where: `meta${path}`, why: `${why}; using the app's settings` });
    }
  }
  const meta = parsed.success ? parsed.data : {};
  let timezone = settings.timezone;
  let timezoneFrom: FeedContext['timezoneFrom'] = 'config';
  if (meta.timezone) {
    if (isValidTimezone(meta.timezone)) {
      timezone = meta.timezone;
      timezoneFrom = 'feed';
    } else warnings.push({ where: 'meta.timezone', why: `unknown time zone ${quoteValue(meta.timezone)}; using ${timezone}` });
  }
  const generatedAt = meta.generatedAt === undefined ? Number.NaN : parseTimestamp(meta.generatedAt);
  return {
    source: meta.source ?? null,
    now: Number.isNaN(generatedAt) ? settings.now : generatedAt,
    timezone,
    timezoneFrom,
    businessHours: meta.businessHours ?? settings.businessHours,
    businessHoursFrom: meta.businessHours ? 'feed' : 'config',
  };
}

function readIncidents(records: { where: string; value: unknown }[], rejects: Reject[]): Map<string, IncidentInfo> {
  const incidents = new Map<string, IncidentInfo>();
  for (const { where, value } of records) {
    const parsed = feedIncidentSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejects.push(issue ? (({ path, why }) => ({ where: `${where}${path}`, why }))(describeIssue(issue, value)) : { where, why: 'invalid incident' });
      continue;
    }
    const { id, title, status, opened } = parsed.data;
    incidents.set(id, { id, title: title ?? null, status: status ?? null, opened: opened === undefined ? null : parseTimestamp(opened) });
  }
  return incidents;
}

const recordCount = (feed: ParsedFeed) => feed.eventValues?.length ?? feed.events.length;

/**
 * A Breachline envelope needs no adapter (its records are never re-detected): its records are read as they stand,
 * without a second wrapper object per record, which on a million-record feed is garbage the worker must collect. The
 * raw record is the value itself, and there is no adapter label: the loop in ingestParsed reads both so.
 */
function ownEnvelope(feed: ParsedFeed, options: IngestOptions): { adapted: AdaptResult; source: RecordSource } | null {
  if (feed.shape !== 'envelope' || options.format !== undefined) return null;
  const values = feed.eventValues;
  const source = values ? envelopeSource(values) : listSource(feed.events);
  const formats = source.length > 0 ? [{ format: 'breachline' as const, records: source.length }] : [];
  return { adapted: { ok: true, feed: { format: 'breachline', formats, records: [], rejects: [], warnings: [] } }, source };
}

// A bucket's place is kept as a function of its number (`line #`, `[#]`), not as a string per bucket.
const places = new Map<string, (index: number) => string>();
function placeOf(where: string): (index: number) => string {
  const [, before = '', after = ''] = /^(.*?)\d+(\]?)$/.exec(where) ?? [];
  const key = `${before}\u0000${after}`;
  let place = places.get(key);
  if (!place) places.set(key, (place = (index: number) => `${before}${index}${after}`));
  return place;
}
const indexIn = (where: string) => Number(/(\d+)\]?$/.exec(where)?.[1] ?? 0);

function collectBuckets(feed: ParsedFeed, rejects: Reject[], collector: BucketCollector): BucketCollector {
  collector.reportTo(rejects);
  const list = feed.buckets ?? [];
  const whereOf = (i: number) => `buckets[${i}]`;
  for (let i = 0; i < list.length; i++) if (!feed.refusedBuckets?.has(i)) collector.add(list[i], whereOf, i);
  return collector;
}

/**
 * Takes hourly sums out of `feed.events` (in place): NDJSON bucket lines, and composite-aggregation pages, whose buckets
 * are read. A page the cluster answered with an error is a reject, unless it is all there is.
 */
function takeCompositePages(feed: ParsedFeed) {
  const rejects: Reject[] = [];
  const warnings: Reject[] = [];
  // NDJSON bucket lines were collected as the lines were read; their refusals join this list from here on.
  const collector = feed.sums ?? new BucketCollector(rejects);
  collector.reportTo(rejects);
  // An envelope whose events hold no sums (nearly all) is answered from its values, its records never built.
  if (feed.eventValues && !feed.eventValues.some((value) => isBucketRecord(value) || isCompositeResponse(value))) {
    return { pages: 0, failed: null, collector, rejects, warnings };
  }
  let pages = 0;
  let failed: Reject | null = null;
  // The records that stay records: a copy only from the first one that does not (on most feeds, none).
  let rest: RawRecord[] | null = null;
  const events = feed.events;
  for (let i = 0; i < events.length; i++) {
    const record = events[i]!;
    const bucket = isBucketRecord(record.value);
    if (!bucket && !isCompositeResponse(record.value)) {
      rest?.push(record);
      continue;
    }
    rest ??= events.slice(0, i);
    // A bucket line of NDJSON goes straight to the columns: no adapter has anything to say about it.
    if (bucket) {
      collector.add(record.value, placeOf(record.where), indexIn(record.where));
      continue;
    }
    pages++;
    const page = bucketsFromComposite(record.value, record.where);
    if (!page.ok) {
      failed ??= page.error;
      rejects.push(page.error);
      continue;
    }
    rejects.push(...page.rejects);
    warnings.push(...page.warnings);
    for (const bucket of page.buckets) collector.add(bucket.value, placeOf(bucket.where), indexIn(bucket.where));
  }
  if (rest) feed.events = rest;
  return { pages, failed, collector, rejects, warnings };
}

/**
 * Text in, one validated and normalised feed out: the whole of feed/ behind one call. `keyMarks`: the count of `":`
 * in the text when the caller took it from the bytes (scanKeyMarks), which spares a pass over the text. `value`:
 * JSON.parse of the text, when the caller has it already (FeedStream parses an envelope's events as they arrive).
 */
export function ingestFeed(text: string, settings: IngestSettings, options: IngestOptions = {}, keyMarks?: KeyMarks, value?: unknown): IngestResult {
  const parsed = parseFeed(text, keyMarks, value);
  if (!parsed.ok) {
    // Not JSON from its first character (a CSV, a syslog file): say what would have been read.
    const { where, why } = parsed.error;
    return /expected \{ or \[/.test(why) ? { ok: false, error: { where, why: `${why}. ${FORMATS_UNDERSTOOD}` } } : parsed;
  }
  return ingestParsed(parsed.feed, settings, options);
}

/**
 * A JSON value FeedStream parsed as it arrived (an envelope or a bare array) and showed to state no key twice, read
 * with no text at all: gathering 160 MB of pieces into one string was ~0.9 s of the wait after the last byte.
 */
export function ingestValue(value: unknown, settings: IngestSettings, options: IngestOptions = {}): IngestResult {
  const parsed = fromValue(value);
  return parsed.ok ? ingestParsed(parsed.feed, settings, options) : parsed;
}

/** The records of a parsed feed (whole, or line by line as it streamed in) validated and normalised. */
export function ingestParsed(feed: ParsedFeed, settings: IngestSettings, options: IngestOptions = {}): IngestResult {
  // A search cluster's hourly sums (composite-aggregation pages) become buckets; everything else is a record.
  const sums = takeCompositePages(feed);
  if (sums.pages > 0 && sums.failed && recordCount(feed) === 0 && sums.collector.size === 0) return { ok: false, error: sums.failed };
  // @adapters: third-party formats (Wazuh, Elastic, OCSF, CloudTrail) are turned into Breachline records here.
  const onlySums = recordCount(feed) === 0 && sums.collector.size + sums.rejects.length > 0;
  // An envelope's own records come from `own.source`; its AdaptedFeed lists none.
  const own = onlySums ? null : ownEnvelope(feed, options);
  const adapted = onlySums ? ({ ok: true, feed: { format: 'breachline', formats: [] as FormatCount[], records: [], rejects: [], warnings: [] } } as const) : (own?.adapted ?? adaptFeed(feed, options.format));
  if (!adapted.ok) return adapted;
  const records = own ? own.source : listSource(adapted.feed.records);
  // The pages' own refusals join these when the bucket collector reports to them (collectBuckets).
  const rejects: Reject[] = [...feed.rejects, ...adapted.feed.rejects];
  const warnings: Reject[] = [...sums.warnings, ...adapted.feed.warnings];
  const resolved = resolveContext(feed.meta, settings, warnings);
  // A third-party export names no source of its own; the detected format is the best answer to "what produced it".
  const adaptedLabels = adapted.feed.formats.filter((f) => f.format !== 'breachline').map((f) => FORMAT_LABELS[f.format]);
  if (sums.pages > 0) adaptedLabels.unshift(`Elasticsearch/OpenSearch hourly sums (${sums.pages} ${sums.pages === 1 ? 'page' : 'pages'})`);
  const context = { ...resolved, source: resolved.source ?? (adaptedLabels.length > 0 ? adaptedLabels.join(' + ') : null) };

  const declaredAccounts = [];
  for (const { where, value } of feed.accounts) {
    const account = feedAccountSchema.safeParse(value);
    if (account.success) declaredAccounts.push(account.data);
    else {
      const issue = account.error.issues[0];
      rejects.push(issue ? (({ path, why }) => ({ where: `${where}${path}`, why }))(describeIssue(issue, value)) : { where, why: 'invalid account' });
    }
  }
  const incidents = readIncidents(feed.incidents, rejects);
  const buckets = collectBuckets(feed, rejects, sums.collector);

  // Sized for every record and cut to the accepted ones at the end: a million pushes onto growing lists (each growth
  // a copy) cost ~180 ms of a million-event ingest.
  const events = new Array<NormalisedEvent>(records.length);
  const raw = new Array<unknown>(records.length);
  let accepted = 0;
  // Most feeds come in time order: a million-event sort that changes nothing is ~40 ms.
  let inOrder = true;
  let lastTs = -Infinity;
  // An accepted record's id is its value's own (the schema's id takes the string as it stands): the table keeps none.
  const firstSeen = new FirstSeenIds((at) => (records.valueAt(at) as { id: string }).id, records.length);
  // One holder for every valid record's event and time (checkEvent): nothing per record but the NormalisedEvent.
  const valid: ValidEvent = { event: null as unknown as FeedEvent, ts: 0 };
  // Indexed loops, not for…of: this runs once per feed, and its for…of iterators were ~40 MB of garbage per million.
  for (let r = 0; r < records.length; r++) {
    // A record is named (`where`) only when something is said of it.
    const problem = checkEvent(records.valueAt(r), valid);
    const label = records.labelAt(r);
    if (problem) {
      const { where } = records.at(r);
      // A mapped event's field names are Breachline's, not the source's: say so.
      rejects.push(label ? { where, why: `${label}, mapped event: ${problem.path.replace(/^\./, '') || 'record'}: ${problem.why}` } : { where: `${where}${problem.path}`, why: problem.why });
      continue;
    }
    const earlier = firstSeen.add(valid.event.id, r);
    if (earlier !== -1) {
      rejects.push({ where: `${records.at(r).where}.id`, why: `duplicate id ${quoteValue(valid.event.id)}, first seen at ${records.at(earlier).where}` });
      continue;
    }
    const event = normaliseEvent(valid.event, accepted, valid.ts);
    if (event.ts < lastTs) inOrder = false;
    lastTs = event.ts;
    raw[accepted] = records.rawAt(r);
    events[accepted++] = event;
    // One warning per problem per record, not per lane: a revoked multi-tactic technique is one thing to fix.
    const attack = event.attack;
    if (attack.length > 0) {
      const said = new Set<string>();
      let where: string | null = null;
      for (let m = 0; m < attack.length; m++) {
        const { flags, stated, techniqueId } = attack[m]!;
        for (let f = 0; f < flags.length; f++) {
          const why = `${ATTACK_WARNINGS[flags[f]!]}: ${inertText(stated ?? techniqueId ?? '')}`.trim();
          if (said.has(why)) continue;
          said.add(why);
          where ??= label ? records.at(r).where : `${records.at(r).where}.attack`;
          warnings.push({ where, why });
        }
      }
    }
    if (event.incident && !incidents.has(event.incident)) {
      incidents.set(event.incident, { id: event.incident, title: null, status: null, opened: null });
    }
  }
  events.length = accepted;
  raw.length = accepted;
  if (!inOrder) events.sort((a, b) => a.ts - b.ts);
  const bucketColumns = buckets.columns();

  return {
    ok: true,
    feed: {
      shape: feed.shape,
      format: adapted.feed.format,
      formats: adapted.feed.formats,
      context,
      events,
      buckets: bucketColumns,
      raw,
      accounts: resolveAccounts(declaredAccounts, events, settings.privileged, bucketColumns.accountIds),
      incidents,
      rejects,
      warnings,
      parts: [],
    },
  };
}
