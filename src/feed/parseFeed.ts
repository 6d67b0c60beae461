import { inertText, type Reject } from './rejects';
import { positionOfJsonError, lineColumnAt } from './jsonPosition';
import { splitDocuments } from './splitDocuments';
import { duplicateKeyIn, refuseDuplicateKeys } from './refuseDuplicateKeys';
import { mayRepeatKeys, type KeyMarks } from './findDuplicateKeys';
import { BucketCollector, isBucketRecord } from './bucketColumns';

export type FeedShape = 'envelope' | 'array' | 'ndjson' | 'stream';

/** One record as it stood in the feed, before validation. `where` locates it for error messages. */
export interface RawRecord {
  where: string;
  value: unknown;
}

export interface ParsedFeed {
  shape: FeedShape;
  meta: unknown;
  accounts: RawRecord[];
  incidents: RawRecord[];
  events: RawRecord[];
  /**
   * An envelope's `events` as written. `events` (a named record for each) is then built only when something asks for
   * it; the ingest of a clean envelope reads these values instead, since a million wrappers alive through the ingest
   * were ~0.27 s of it. Gone (undefined) once `events` is set to anything else.
   */
  eventValues?: readonly unknown[];
  /** An envelope's `buckets` as written (hourly sums; see bucketColumns): kept as one list, not one record each. */
  buckets?: unknown[];
  /** NDJSON bucket lines, already in columns (their refusals inside, until ingest takes them over). */
  sums?: BucketCollector;
  /** Indexes of `buckets` refused for a repeated key. */
  refusedBuckets?: Set<number>;
  rejects: Reject[];
  /**
   * Elements of a whole-file wrapper (a CloudTrail `Records` list, a `_search` response's hits) refused for a repeated
   * key, by the name the adapters give them (`Records[3]`): the element is refused, its siblings still read.
   */
  refusedInside?: Map<string, string>;
}

export type ParseResult = { ok: true; feed: ParsedFeed } | { ok: false; error: Reject };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function fatal(text: string, error: unknown, prefix = 'not JSON'): ParseResult {
  const position = positionOfJsonError(error, text);
  const { line, column } = lineColumnAt(text, position);
  // V8's message quotes the feed text around the error: shown inert, as every feed value in a message is.
  let detail = inertText(error instanceof Error ? error.message.replace(/\s*\(line \d+ column \d+\)/, '') : String(error), 200);
  // A feed cut off by a full disk or an interrupted download: say so, not just "unexpected end".
  if (position >= text.trimEnd().length) detail = `${detail}; the text stops in the middle of a value (is the file truncated?)`;
  return { ok: false, error: { where: `line ${line}, column ${column}`, why: `${prefix}: ${detail}` } };
}

function listOf(value: unknown, name: string, rejects: Reject[]): RawRecord[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    rejects.push({ where: name, why: `${name} must be a list, found ${value === null ? 'null' : typeof value}` });
    return [];
  }
  const records: RawRecord[] = new Array<RawRecord>(value.length);
  for (let i = 0; i < value.length; i++) records[i] = new NamedOnDemand(value[i], name, i);
  return records;
}

/**
 * A record named when asked (`events[12]`, or `line 13` when `list` is null): a valid record's name is never read,
 * and a million names built up front were ~0.2 s and ~40 MB of a million-event ingest.
 */
export class NamedOnDemand implements RawRecord {
  constructor(
    readonly value: unknown,
    private readonly list: string | null,
    private readonly index: number,
  ) {}

  get where(): string {
    return this.list === null ? `line ${this.index}` : `${this.list}[${this.index}]`;
  }
}

function bucketList(value: unknown, rejects: Reject[]): Pick<ParsedFeed, 'buckets'> {
  if (value === undefined) return {};
  if (Array.isArray(value)) return { buckets: value };
  rejects.push({ where: 'buckets', why: `buckets must be a list, found ${value === null ? 'null' : typeof value}` });
  return {};
}

function fromEnvelope(root: Record<string, unknown>): ParseResult {
  const rejects: Reject[] = [];
  if (!Array.isArray(root.events)) {
    return { ok: false, error: { where: 'events', why: 'the envelope has no list of events' } };
  }
  if (root.schema !== undefined && root.schema !== 'breachline/v1') {
    rejects.push({ where: 'schema', why: `unknown schema ${JSON.stringify(root.schema)}; read as breachline/v1` });
  }
  const feed: Omit<ParsedFeed, 'events'> = {
    shape: 'envelope',
    meta: root.meta,
    accounts: listOf(root.accounts, 'accounts', rejects),
    incidents: listOf(root.incidents, 'incidents', rejects),
    eventValues: root.events,
    ...bucketList(root.buckets, rejects),
    rejects,
  };
  return { ok: true, feed: withEventsOnDemand(feed, root.events) };
}

/** `feed` with `events` built from `values` when first read; setting it drops `eventValues`, which no longer match. */
function withEventsOnDemand(feed: Omit<ParsedFeed, 'events'>, values: unknown[]): ParsedFeed {
  let records: RawRecord[] | null = null;
  return Object.defineProperty(feed as ParsedFeed, 'events', {
    enumerable: true,
    configurable: true,
    get: (): RawRecord[] => (records ??= listOf(values, 'events', [])),
    set: (list: RawRecord[]) => {
      records = list;
      delete (feed as ParsedFeed).eventValues;
    },
  });
}

/** One NDJSON line (0-based `i`) as a record, or why it is refused; blank lines are nothing. Shared with streaming. */
export function readLine(raw: string, i: number, events: RawRecord[], rejects: Reject[], sums?: BucketCollector): void {
  // Nearly every line is `{…}` with nothing around it; trimming a million of them anyway was ~35–70 ms.
  const line = raw.charCodeAt(0) === 0x7b && raw.charCodeAt(raw.length - 1) === 0x7d ? raw : raw.trim();
  if (line === '') return;
  try {
    const value: unknown = JSON.parse(line);
    const duplicate = mayRepeatKeys(line, value) ? duplicateKeyIn(line, i) : null;
    if (duplicate) rejects.push({ where: `line ${i + 1}`, why: duplicate });
    // A bucket line goes straight into the columns: no record object, no `where` string for each of millions.
    else if (sums && isBucketRecord(value)) sums.add(value, lineWhere, i + 1);
    else events.push(new NamedOnDemand(value, null, i + 1));
  } catch (error) {
    const column = lineColumnAt(line, positionOfJsonError(error, line)).column;
    rejects.push({ where: `line ${i + 1}`, why: `not JSON at column ${column}: ${inertText((error as Error).message, 200)}` });
  }
}

const lineWhere = (line: number) => `line ${line}`;

function fromLines(text: string): ParsedFeed {
  const events: RawRecord[] = [];
  const rejects: Reject[] = [];
  const sums = new BucketCollector([]);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) readLine(lines[i] ?? '', i, events, rejects, sums);
  return { shape: 'ndjson', meta: undefined, accounts: [], incidents: [], events, rejects, sums };
}

function fromDocuments(text: string): ParsedFeed {
  const events: RawRecord[] = [];
  const rejects: Reject[] = [];
  for (const doc of splitDocuments(text)) {
    if (doc.kind === 'stray') {
      rejects.push({ where: `line ${doc.line}`, why: 'text outside any JSON document' });
      continue;
    }
    try {
      const value: unknown = JSON.parse(doc.text);
      const duplicate = mayRepeatKeys(doc.text, value) ? duplicateKeyIn(doc.text, doc.line - 1) : null;
      if (duplicate) rejects.push({ where: `document at line ${doc.line}`, why: duplicate });
      else events.push({ where: `document at line ${doc.line}`, value });
    } catch (error) {
      rejects.push({ where: `document at line ${doc.line}`, why: `not JSON: ${inertText((error as Error).message, 200)}` });
    }
  }
  return { shape: 'stream', meta: undefined, accounts: [], incidents: [], events, rejects };
}

/**
 * The records of a feed's JSON value, by its shape: a bare array (each element a record, named by its index), an
 * envelope, or one record alone (a one-record NDJSON feed). A bucket has a number called `events`: an envelope has a
 * list (or says its schema).
 */
export function fromValue(whole: unknown): ParseResult {
  if (Array.isArray(whole)) {
    const events = whole.map((value, i) => ({ where: `[${i}]`, value }));
    return { ok: true, feed: { shape: 'array', meta: undefined, accounts: [], incidents: [], events, rejects: [] } };
  }
  if (isPlainObject(whole) && (Array.isArray(whole.events) || 'schema' in whole)) return fromEnvelope(whole);
  return { ok: true, feed: { shape: 'ndjson', meta: undefined, accounts: [], incidents: [], events: [{ where: 'line 1', value: whole }], rejects: [] } };
}

/**
 * Detects the feed's shape (envelope, array, NDJSON, a stream of documents) and splits it into raw records.
 * Only a text that is not JSON in any shape fails as a whole; a bad line or document is a reject. `keyMarks`: how often
 * `":` occurs in the text, when the caller counted it on the bytes (scanKeyMarks), for the repeated-key check.
 * `value`: JSON.parse of the text, when the caller has it already.
 */
export function parseFeed(input: string, keyMarks?: KeyMarks, value?: unknown): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const start = text.search(/\S/);
  if (start === -1) return { ok: false, error: { where: 'line 1, column 1', why: 'the feed is empty' } };
  const first = text[start];
  if (first !== '{' && first !== '[') {
    const { line, column } = lineColumnAt(text, start);
    return { ok: false, error: { where: `line ${line}, column ${column}`, why: `not JSON: expected { or [ but found ${JSON.stringify(first)}` } };
  }

  let whole: unknown;
  try {
    whole = value !== undefined ? value : JSON.parse(text);
  } catch (error) {
    if (first === '[') return fatal(text, error);
    // Not one document: NDJSON when the first line stands alone, else a stream of multi-line documents.
    const firstLine = text.slice(start).split('\n', 1)[0] ?? '';
    let feed: ParsedFeed;
    try {
      JSON.parse(firstLine);
      feed = fromLines(text);
    } catch {
      feed = fromDocuments(text);
    }
    return feed.events.length > 0 || (feed.sums?.size ?? 0) > 0 ? { ok: true, feed } : fatal(text, error);
  }

  const shaped = fromValue(whole);
  return shaped.ok ? refuseDuplicateKeys(shaped.feed, text, whole, keyMarks) : shaped;
}
