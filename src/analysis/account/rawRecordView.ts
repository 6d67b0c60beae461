import type { IngestedFeed } from '../../feed/ingestFeed';
import { accountIndex } from './accountIndex';
import { findSensitive, type SensitiveKind } from './findSensitive';
import { maskedForm } from './maskSensitive';

export type MaskKind = SensitiveKind | 'sensitive-field';

/** A run of formatted JSON, or a masked value the analyst may reveal by its id. */
export type RawPart = { kind: 'text'; text: string } | { kind: 'masked'; id: number; shown: string; what: MaskKind };

export interface RawRecordView {
  eventId: string;
  /** The record's position in the feed's accepted records (IngestedFeed.raw). */
  index: number;
  parts: RawPart[];
  masked: number;
}

// A field whose name says what it holds is masked whole, even when the value matches no pattern ("passport": "X").
const SENSITIVE_KEY = /iban|bsn|ssn|passport|national.?id|id.?(?:number|document|card)|document.?(?:number|no)|phone|mobile|telephone|msisdn|e-?mail|date.?of.?birth|^dob$|^tel$/i;
// JSON.stringify escapes quotes and C0 controls; these too change how text looks without being seen (bidi
// overrides, zero-width and other format characters, line separators), so the raw view shows them as \uXXXX.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]/g;
const MAX_DEPTH = 64;

const escapeJson = (text: string) =>
  JSON.stringify(text)
    .slice(1, -1)
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

class PartsBuilder {
  readonly parts: RawPart[] = [];
  /** The originals, by mask id: they stay in the worker; only one crosses, when the analyst asks for it. */
  readonly originals: string[] = [];

  text(text: string): void {
    const last = this.parts.at(-1);
    if (last?.kind === 'text') last.text += text;
    else this.parts.push({ kind: 'text', text });
  }

  masked(original: string, what: MaskKind): void {
    const id = this.originals.push(original) - 1;
    this.parts.push({ kind: 'masked', id, shown: maskedForm(original, what), what });
  }

  /** A JSON string literal with every sensitive run inside it masked (or all of it, under a sensitive name). */
  string(value: string, wholeField: boolean): void {
    this.text('"');
    if (wholeField) this.masked(escapeJson(value), 'sensitive-field');
    else {
      let last = 0;
      for (const span of findSensitive(value)) {
        this.text(escapeJson(value.slice(last, span.start)));
        this.masked(escapeJson(value.slice(span.start, span.end)), span.kind);
        last = span.end;
      }
      this.text(escapeJson(value.slice(last)));
    }
    this.text('"');
  }

  value(value: unknown, indent: string, sensitive: boolean, depth: number): void {
    if (typeof value === 'string') return this.string(value, sensitive);
    if (value === null || typeof value !== 'object') {
      const json = JSON.stringify(value) ?? 'null';
      return sensitive ? this.masked(json, 'sensitive-field') : this.text(json);
    }
    if (depth >= MAX_DEPTH) return this.text('"… nested too deep to show"');
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) return this.text('[]');
      this.text('[\n');
      value.forEach((item, i) => {
        this.text(inner);
        this.value(item, inner, sensitive, depth + 1);
        this.text(i < value.length - 1 ? ',\n' : '\n');
      });
      return this.text(`${indent}]`);
    }
    const entries = Object.entries(value);
    if (entries.length === 0) return this.text('{}');
    this.text('{\n');
    entries.forEach(([key, item], i) => {
      this.text(inner);
      this.string(key, false);
      this.text(': ');
      this.value(item, inner, sensitive || SENSITIVE_KEY.test(key), depth + 1);
      this.text(i < entries.length - 1 ? ',\n' : '\n');
    });
    this.text(`${indent}}`);
  }
}

function build(raw: unknown): PartsBuilder {
  const builder = new PartsBuilder();
  builder.value(raw, '', false, 0);
  return builder;
}

function recordOf(feed: IngestedFeed, account: string, eventId: string) {
  const position = accountIndex(feed, account).byId.get(eventId);
  const event = position === undefined ? undefined : feed.events[position];
  return event ? { event, raw: feed.raw[event.index] } : null;
}

/**
 * The feed's own record of one of the account's events, as indented JSON with every sensitive value masked
 * before it leaves the worker. Null when the account has no such event (a stale or edited link).
 */
export function rawRecordView(feed: IngestedFeed, account: string, eventId: string): RawRecordView | null {
  const record = recordOf(feed, account, eventId);
  if (!record) return null;
  const { parts, originals } = build(record.raw);
  return { eventId, index: record.event.index, parts, masked: originals.length };
}

/** One masked value of that record, unmasked (JSON-escaped), because the analyst asked for exactly this one. */
export function revealSensitiveValue(feed: IngestedFeed, account: string, eventId: string, maskId: number): string | null {
  const record = recordOf(feed, account, eventId);
  return record ? (build(record.raw).originals[maskId] ?? null) : null;
}
