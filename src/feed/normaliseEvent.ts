import type { z } from 'zod';
import { describeIssue, quoteValue } from './rejects';
import { feedEventSchema, type FeedEvent, type Severity } from './schema';
import { normaliseAttack, type AttackMapping } from './normaliseAttack';
import { fastEventTime } from './fastEvent';

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

/** A valid event and its time, as checkEvent fills it in: one holder for every record of a feed. */
export interface ValidEvent {
  event: FeedEvent;
  ts: number;
}

/** What is wrong with a record: `path` below the record's name (`.ts`, or '' for the record as a whole), and why. */
export interface EventProblem {
  path: string;
  why: string;
}

function firstIssue(error: z.ZodError, value: unknown): EventProblem {
  const issue = error.issues[0];
  return issue ? describeIssue(issue, value) : { path: '', why: 'invalid record' };
}

/**
 * Validates one raw record against the feed schema and the rules the schema cannot say alone: null when it is a valid
 * event, with `out` filled in, else what is wrong. A plainly valid record costs no allocation at all (no answer
 * object, no boxed time): on a million events those were ~100 MB for the collector, with the feed alive in the heap.
 */
export function checkEvent(value: unknown, out: ValidEvent): EventProblem | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path: '', why: `an event must be an object, found ${Array.isArray(value) ? 'a list' : quoteValue(value)}` };
  }
  const fast = fastEventTime(value as Record<string, unknown>);
  let event: FeedEvent;
  let ts: number;
  if (!Number.isNaN(fast)) {
    event = value as FeedEvent;
    ts = fast >= MIN_TS && fast < MAX_TS ? fast : Number.NaN;
  } else {
    const parsed = feedEventSchema.safeParse(value);
    if (!parsed.success) return firstIssue(parsed.error, value);
    event = parsed.data;
    ts = parseTimestamp(event.ts);
  }
  if (Number.isNaN(ts)) return { path: '.ts', why: `not a timestamp: ${quoteValue(event.ts)} (outside 1990–2100 or not a real date)` };
  const isDetection = event.rule !== undefined || event.attack !== undefined || event.severity !== undefined;
  if (!event.account && !isDetection) return { path: '', why: 'no account (required unless the event is a detection)' };
  out.event = event;
  out.ts = ts;
  return null;
}

/** `ts`: the event's time in epoch ms when already parsed (checkEvent gives it). */
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
