import { SPRAY_IP } from './addresses';
import { businessDayAtOrBefore, scenarioDay } from './calendar';
import { emitDetection } from './detection';
import { idCounter } from './eventSink';
import { BENIGN_ADMIN, type Population } from './population';
import { seededRng } from './random';
import { SYSTEM, type EventSink } from './types';
import { MINUTE, type ZoneClock } from './zoneClock';

// The scheduled reporting export, the night shift and the month-end export are ordinary behaviour generated with the
// population. What lives here are the one-off events a SOC sees every month: alerts that belong to no incident.

export interface DecoyFacts {
  sprayTargets: string[];
  /** Detections in the window that have nothing to do with the breach. */
  unrelatedDetectionIds: string[];
}

/**
 * A failed password spray (one or two attempts on each of thirty agents from one outside address, no success), a
 * benign approved role change, and a routine off-hours alert on a night-shift agent: same technique as the breach's
 * first alert, but no incident.
 */
export function runDecoys(population: Population, anchorDay: number, clock: ZoneClock, seed: number, sink: EventSink): DecoyFacts {
  const rng = seededRng(seed, 'decoys', anchorDay);
  const ids: (string | null)[] = [];

  const sprayDay = businessDayAtOrBefore(clock, anchorDay - 9);
  const nextSprayId = idCounter(`spray.${sprayDay.index}`);
  const agents = population.humans.filter((h) => h.role === 'agent' && h.shift !== 'night').map((h) => h.id);
  const sprayTargets = new Set<string>();
  while (sprayTargets.size < Math.min(30, agents.length)) sprayTargets.add(rng.pick(agents));
  let t = 10 * 60 + rng.between(30, 50);
  for (const account of sprayTargets) {
    for (let attempt = rng.int(1, 2); attempt > 0; attempt--) {
      t += rng.between(0.1, 0.3);
      sink.add({ id: nextSprayId(), ts: sprayDay.at(t), account, action: 'login_failed', system: SYSTEM, ip: SPRAY_IP });
    }
  }
  ids.push(emitDetection({
    key: 'password-spray', ts: sprayDay.at(t + 3), ip: SPRAY_IP, severity: 'low',
    rule: { id: 'R-301', name: 'Password spray: failed logins across many accounts' }, attack: { tactic: 'TA0006', technique: 'T1110.003' },
    message: `${sprayTargets.size} accounts tried from ${SPRAY_IP} within minutes; no login succeeded.`,
  }, clock, sink));

  const changeDay = businessDayAtOrBefore(clock, anchorDay - 4);
  const admin = population.humans.find((h) => h.id === BENIGN_ADMIN);
  if (admin) {
    const when = changeDay.at(11 * 60 + rng.between(15, 40));
    const promoted = rng.pick(agents);
    const change = `CHG-${rng.int(4_000, 4_999)}`;
    sink.add({ id: `chg.${changeDay.index}.0`, ts: when, account: admin.id, host: admin.host, action: 'admin', system: SYSTEM, ip: admin.homeIp,
      message: `Granted the team-lead role to ${promoted} (change ${change})` });
    ids.push(emitDetection({
      key: 'role-change', ts: when + 2 * MINUTE, account: admin.id, ip: admin.homeIp, severity: 'low',
      rule: { id: 'R-320', name: 'Privileged role assignment' }, attack: { technique: 'T1098' },
      message: `Role change by ${admin.id} matches approved change ${change}.`,
    }, clock, sink));
  }

  const nightAgent = population.humans.find((h) => h.shift === 'night');
  if (nightAgent) {
    ids.push(emitDetection({
      key: 'off-hours-login', ts: scenarioDay(clock, anchorDay - 11).at(23 * 60 + 40), account: nightAgent.id, ip: nightAgent.homeIp,
      severity: 'info', rule: { id: 'R-150', name: 'Login outside business hours' }, attack: { tactic: 'TA0001', technique: 'T1078' },
      message: `${nightAgent.id} is rostered on the night shift; closed as expected behaviour.`,
    }, clock, sink));
  }
  return { sprayTargets: [...sprayTargets], unrelatedDetectionIds: ids.flatMap((id) => id ?? []) };
}
