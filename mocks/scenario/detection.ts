import type { FeedEventInput, Severity } from '../../src/feed/schema';
import { SYSTEM, type EventSink } from './types';
import type { ZoneClock } from './zoneClock';

export interface DetectionSpec {
  /** Names the detection within the scenario; with its local date it makes the event id. */
  key: string;
  ts: number;
  /** Absent for detections about an address alone, such as a password spray. */
  account?: string;
  ip: string;
  severity: Severity;
  rule: { id: string; name: string };
  attack?: FeedEventInput['attack'];
  incident?: string;
  message: string;
}

/** Emits a detection; returns its id when it falls inside the feed's window, else null. */
export function emitDetection(spec: DetectionSpec, clock: ZoneClock, sink: EventSink): string | null {
  const id = `det-${spec.key}.${clock.localDayIndex(spec.ts)}`;
  const kept = sink.add({
    id,
    ts: spec.ts,
    ...(spec.account === undefined ? {} : { account: spec.account }),
    action: 'alert',
    system: SYSTEM,
    ip: spec.ip,
    severity: spec.severity,
    rule: spec.rule,
    ...(spec.attack === undefined ? {} : { attack: spec.attack }),
    ...(spec.incident === undefined ? {} : { incident: spec.incident }),
    message: spec.message,
  });
  return kept ? id : null;
}
