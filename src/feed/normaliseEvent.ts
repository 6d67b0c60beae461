import type { z } from 'zod';
import { describeIssue, quoteValue, type Reject } from './rejects';
import { feedEventSchema, type FeedEvent, type Severity } from './schema';
import { normaliseAttack, type AttackMapping } from './normaliseAttack';
import { fastEvent } from './fastEvent';

/** The one internal event model every analysis reads. Times are epoch ms; absent numbers are 0. */
export interface NormalisedEvent {
  /** Position in the feed's accepted events; indexes the raw record for the drill-down. */
  index: number;
  id: string;
  ts: number;
  account: string | null;
  host: string | null;
  action: string;
  system: string | null;
  records: number;
  bytes: number;
  ip: string | null;
  severity: Severity | null;
  rule: { id: string; name: string | null } | null;
  attack: AttackMapping[];
  incident: string | null;
  message: string | null;
  isExport: boolean;
  isDetection: boolean;
}

export const MIN_TS = Date.UTC(1990, 0, 1);
export const MAX_TS = Date.UTC(2100, 0, 1);

export function parseTimestamp(ts: string | number): number {
  const ms = typeof ts === 'number' ? ts : Date.parse(ts);
  return Number.isFinite(ms) && ms >= MIN_TS && ms < MAX_TS ? ms : Number.NaN;
}

function firstIssue(error: z.ZodError, value: unknown, where: string): Reject {
  const issue = error.issues[0];
  if (!issue) return { where, why: 'invalid record' };
  const { path, why } = describeIssue(issue, value);
  return { where: `${where}${path}`, why };
}

export type EventResult = { ok: true; event: FeedEvent; ts: number } | { ok: false; reject: Reject };

/**
 * Validates one raw record against the feed schema and the rules the schema cannot say alone. The record's name
 * (`events[12]`) is read only for a reject: a valid record is never named.
 */
export function validateEvent(record: { readonly value: unknown; readonly where: string }): EventResult {
  const { value } = record;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reject: { where: record.where, why: `an event must be an object, found ${Array.isArray(value) ? 'a list' : quoteValue(value)}` } };
  }
  const fast = fastEvent(value as Record<string, unknown>);
  let event: FeedEvent;
  let ts: number;
  if (fast) {
    event = fast.event;
    ts = fast.ts >= MIN_TS && fast.ts < MAX_TS ? fast.ts : Number.NaN;
  } else {
    const parsed = feedEventSchema.safeParse(value);
    if (!parsed.success) return { ok: false, reject: firstIssue(parsed.error, value, record.where) };
    event = parsed.data;
    ts = parseTimestamp(event.ts);
  }
  if (Number.isNaN(ts)) {
    return { ok: false, reject: { where: `${record.where}.ts`, why: `not a timestamp: ${quoteValue(event.ts)} (outside 1990–2100 or not a real date)` } };
  }
  const isDetection = event.rule !== undefined || event.attack !== undefined || event.severity !== undefined;
  if (!event.account && !isDetection) return { ok: false, reject: { where: record.where, why: 'no account (required unless the event is a detection)' } };
  return { ok: true, event, ts };
}

/** `ts`: the event's time in epoch ms when already parsed (validateEvent gives it). */
export function normaliseEvent(event: FeedEvent, index: number, ts = parseTimestamp(event.ts)): NormalisedEvent {
  // `+ 0` turns a feed's -0 into 0, which would otherwise display as "-0".
  const records = (event.records ?? 0) + 0;
  const bytes = (event.bytes ?? 0) + 0;
  const attack = normaliseAttack(event.attack);
  return {
    index,
    id: event.id,
    ts,
    account: event.account ?? null,
    host: event.host ?? null,
    action: event.action,
    system: event.system ?? null,
    records,
    bytes,
    ip: event.ip ?? null,
    severity: event.severity ?? null,
    rule: event.rule ? { id: event.rule.id, name: event.rule.name ?? null } : null,
    attack,
    incident: event.incident ?? null,
    message: event.message ?? null,
    isExport: event.action === 'export' || records > 0 || bytes > 0,
    isDetection: event.rule !== undefined || event.attack !== undefined || event.severity !== undefined,
  };
}
