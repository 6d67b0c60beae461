import { findInvalidUtf8, joinChunks } from './decodeFeedBytes';
import { scanKeyMarks, statesNoKeyTwice, type KeyMarks } from './findDuplicateKeys';
import { ingestFeed, ingestParsed, ingestValue, type IngestOptions, type IngestResult } from './ingestFeed';
import { ingestFeedBytes } from './ingestFeedBytes';
import { readLine, type RawRecord } from './parseFeed';
import { BucketCollector } from './bucketColumns';
import { EnvelopeEvents } from './envelopeEvents';
import type { Reject } from './rejects';
import type { IngestSettings } from './settings';

/** How far a feed has come in: what the progress bar shows. */
export interface StreamProgress {
  bytes: number;
  /** Records parsed so far: NDJSON line by line, an envelope's events or a bare array's elements as they arrive. */
  records: number;
  rejected: number;
  /** 'lines': parsed as it arrives; 'whole': a JSON document, parsed once it is all in; 'deciding': too early to say. */
  mode: 'deciding' | 'lines' | 'whole';
}

const DECODE_BYTES = 64 * 1024;

/** A first line longer than this (characters) is not an NDJSON record. */
const DECIDE_WITHIN = 4 * 1024 * 1024;

const UTF16 = 'the feed is UTF-16 (it starts with a UTF-16 byte-order mark); Breachline reads UTF-8: re-export it as UTF-8';

/**
 * A feed read as its bytes arrive. NDJSON (and a stream of one-line documents) is split and parsed line by line, so
 * the worker parses while the network is still sending and no text of the whole feed is ever held: a line's text is
 * dropped once it is a record. A JSON document's big list (an envelope's events, a bare array, a CloudTrail file's
 * Records, a `_search` response's hits) is parsed in runs as it arrives (EnvelopeEvents); the text is kept until the end for the fallback (JSON.parse of the whole) and the
 * repeated-key check, and not gathered when the count of `":` shows no key stated twice. Multi-file drops keep the
 * whole-bytes path (each file has its own shape). The result is the same IngestResult `ingestFeedBytes` gives for the same bytes.
 */
export class FeedStream {
  private decoder = new TextDecoder('utf-8', { fatal: true });
  private mode: StreamProgress['mode'] = 'deciding';
  private bytes = 0;
  private pieces: string[] = [];
  /**
   * The text of a line not yet ended, in the pieces it came in: joined only once its end arrives. (A minified envelope
   * is one line of 160 MB; gluing and rescanning it on every chunk was quadratic and slowed the download to a crawl.)
   */
  private unended: string[] = [];
  private unendedLength = 0;
  private line = 0;
  private nonEmptyLines = 0;
  private firstLine: string | null = null;
  private readonly events: RawRecord[] = [];
  private readonly sums = new BucketCollector([]);
  private readonly rejects: Reject[] = [];
  private readonly warnings: Reject[] = [];
  private invalid: { first: number; count: number } | null = null;
  private failed: Reject | null = null;
  private readonly chunks: Uint8Array[] | null;
  /**
   * The `":` in the bytes so far, for the repeated-key check of a feed read whole (counted as the bytes arrive, which
   * spares a pass over 160 MB of text at the end); null once the feed is plainly NDJSON of many lines, which checks
   * line by line.
   */
  private keyMarks: number | null = 0;
  private lastByte = 0;
  /** A feed read whole: its envelope's events, parsed as they arrive (see EnvelopeEvents). */
  private readonly envelope = new EnvelopeEvents();
  /** Whitespace before a colon in the bytes so far (which may hide a key from the count): then the text decides. */
  private spaced = false;

  constructor(
    private readonly settings: IngestSettings,
    private readonly options: IngestOptions = {},
  ) {
    this.chunks = (settings.parts?.length ?? 0) > 1 ? [] : null;
  }

  push(chunk: Uint8Array): StreamProgress {
    const at = this.bytes;
    this.bytes += chunk.byteLength;
    if (this.failed) return this.progress();
    if (this.chunks) {
      this.chunks.push(chunk);
      return this.progress();
    }
    if (at === 0 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      this.failed = { where: 'byte 0', why: UTF16 };
      return this.progress();
    }
    if (this.keyMarks !== null && chunk.length > 0) {
      const scan = scanKeyMarks(chunk, this.lastByte);
      this.keyMarks += scan.marks;
      if (scan.spaced) this.spaced = true;
      this.lastByte = chunk[chunk.length - 1]!;
    }
    // Decoded in pieces of at most 64 KB: runs of elements cut from megabyte strings (a page hands the worker ~1 MB
    // chunks) parsed twice as slowly in V8 as the same runs from 64 KB strings (3.2 s against 1.7 s a million events).
    for (let from = 0; from < chunk.length; from += DECODE_BYTES) this.take(this.decode(chunk.subarray(from, from + DECODE_BYTES), at + from, true));
    return this.progress();
  }

  finish(): IngestResult {
    if (this.failed) return { ok: false, error: this.failed };
    if (this.chunks) return ingestFeedBytes(joinChunks(this.chunks, this.bytes), this.settings, this.options);
    this.take(this.decode(new Uint8Array(0), this.bytes, false));
    const warnings = this.utf8Warning();
    let result: IngestResult;
    if (this.mode === 'lines') {
      const last = this.takeUnended();
      if (last !== '') this.readLine(last);
      // One line in all: the file was a single JSON document (a minified envelope), not NDJSON.
      result = this.nonEmptyLines === 1 && this.firstLine !== null ? ingestFeed(this.firstLine, this.settings, this.options, this.counted()) : ingestParsed({ shape: 'ndjson', meta: undefined, accounts: [], incidents: [], events: this.events, rejects: this.rejects, sums: this.sums }, this.settings, this.options);
    } else {
      const value = this.envelope.finish();
      if (value !== undefined && !this.spaced && this.keyMarks !== null && this.unendedLength === 0 && statesNoKeyTwice(value, this.keyMarks)) {
        this.pieces = [];
        result = ingestValue(value, this.settings, this.options);
      } else {
        const text = this.pieces.join('') + this.takeUnended();
        this.pieces = [];
        result = ingestFeed(text, this.settings, this.options, this.counted(), value);
      }
    }
    if (!result.ok || warnings.length === 0) return result;
    return { ok: true, feed: { ...result.feed, warnings: [...warnings, ...result.feed.warnings] } };
  }

  private counted(): KeyMarks | undefined {
    const marks = this.keyMarks;
    const spaced = this.spaced;
    return marks === null ? undefined : () => ({ marks, spaced });
  }

  private progress(): StreamProgress {
    return { bytes: this.bytes, records: this.events.length + this.sums.size + this.envelope.parsedCount, rejected: this.rejects.length + this.sums.refused, mode: this.mode };
  }

  /** Text of the chunk. Invalid UTF-8 is read as U+FFFD from there on and named in a warning, as decodeFeedBytes does. */
  private decode(chunk: Uint8Array, at: number, stream: boolean): string {
    try {
      return this.decoder.decode(chunk, { stream });
    } catch {
      this.decoder = new TextDecoder('utf-8');
      const bad = findInvalidUtf8(chunk);
      this.invalid = { first: at + (bad?.first ?? 0), count: bad?.count ?? 1 };
      return this.decoder.decode(chunk, { stream });
    }
  }

  private utf8Warning(): Reject[] {
    if (!this.invalid) return [];
    const { first, count } = this.invalid;
    const more = count > 1 ? `; ${count} invalid sequences in that part of the feed` : '';
    return [{ where: `byte ${first}`, why: `invalid UTF-8, read as U+FFFD "\uFFFD" from there on${more}: values that differ only there look the same` }];
  }

  private take(text: string): void {
    if (text === '') return;
    if (this.mode === 'whole') {
      this.keep(text);
      return;
    }
    const end = text.indexOf('\n');
    if (end === -1) {
      this.unended.push(text);
      this.unendedLength += text.length;
      // No NDJSON record is megabytes long: a first line that is must be one JSON document, read whole (parseFeed
      // still reads any shape, so this only gives up streaming, never a record).
      if (this.mode === 'deciding' && this.unendedLength > DECIDE_WITHIN) {
        this.mode = 'whole';
        this.keep(this.takeUnended());
      }
      return;
    }
    if (this.mode === 'deciding') {
      const head = this.takeUnended() + text;
      this.mode = decideMode(head);
      if (this.mode === 'whole') this.keep(head);
      else if (this.mode === 'deciding' && head.length > DECIDE_WITHIN) {
        // Megabytes of blank lines and still no record: not NDJSON anyone wrote; read whole, not rescanned per chunk.
        this.mode = 'whole';
        this.keep(head);
      } else if (this.mode === 'deciding') {
        // Only blank lines, or a first line with text not ended yet: wait for more.
        this.unended.push(head);
        this.unendedLength = head.length;
      } else this.readLines(head, head.indexOf('\n'));
      return;
    }
    this.readLines(text, end);
  }

  /** Text of a feed read whole: kept for the end, and its envelope's events parsed meanwhile. */
  private keep(text: string): void {
    this.pieces.push(text);
    this.envelope.push(text);
  }

  /** The lines `text` ends (its first newline at `end`), the first joined to the line before it; the rest waits. */
  private readLines(text: string, end: number): void {
    this.readLine(this.takeUnended() + text.slice(0, end));
    let from = end + 1;
    for (let next = text.indexOf('\n', from); next !== -1; next = text.indexOf('\n', from)) {
      this.readLine(text.slice(from, next));
      from = next + 1;
    }
    if (from < text.length) {
      this.unended.push(text.slice(from));
      this.unendedLength = text.length - from;
    }
  }

  private takeUnended(): string {
    const text = this.unended.length === 1 ? this.unended[0]! : this.unended.join('');
    this.unended = [];
    this.unendedLength = 0;
    return text;
  }

  private readLine(line: string): void {
    const i = this.line++;
    if (line.trim() === '') return;
    this.nonEmptyLines++;
    if (this.nonEmptyLines === 1) this.firstLine = line;
    else {
      this.firstLine = null;
      this.keyMarks = null;
    }
    readLine(line, i, this.events, this.rejects, this.sums);
  }
}

/**
 * What the feed's start says: a first line that is JSON on its own (and not a whole envelope) makes NDJSON; an array,
 * a multi-line document or anything not JSON is read whole (parseFeed then names the error). Undecided until the
 * first non-blank line has ended.
 */
function decideMode(text: string): StreamProgress['mode'] {
  const start = text.search(/\S/);
  if (start === -1) return 'deciding';
  if (text[start] !== '{') return 'whole';
  const end = text.indexOf('\n', start);
  if (end === -1) return 'deciding';
  try {
    const value: unknown = JSON.parse(text.slice(start, end));
    return value !== null && typeof value === 'object' && (Array.isArray((value as { events?: unknown }).events) || 'schema' in value) ? 'whole' : 'lines';
  } catch {
    return 'whole';
  }
}
