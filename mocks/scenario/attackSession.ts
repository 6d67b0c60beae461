import type { ScenarioDay } from './calendar';
import { idCounter } from './eventSink';
import { seededRng, type Rng } from './random';
import { SYSTEM, type EventSink } from './types';

export interface AttackSession {
  rng: Rng;
  /** Emits an event of the session at a local minute of its night and returns its time. */
  emit(minute: number, action: string, exported?: { records: number; bytes: number }): number;
}

/**
 * A night of attacker activity with a stolen credential. No `host`: the audit log only knows the workstations it
 * manages, and the attacker's machine is not one of them.
 */
export function attackSession(act: string, account: string, ip: string, day: ScenarioDay, seed: number, sink: EventSink): AttackSession {
  const rng = seededRng(seed, 'attack', act, account, day.index);
  const nextId = idCounter(`atk-${act}.${day.index}`);
  return {
    rng,
    emit(minute, action, exported) {
      const ts = day.at(minute);
      const event = { id: nextId(), ts, account, action, system: SYSTEM, ip };
      sink.add(exported ? { ...event, ...exported } : event);
      return ts;
    },
  };
}
