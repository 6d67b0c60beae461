import type { FeedEnvelopeInput } from '../src/feed/schema';
import { SPRAY_IP } from './scenario/addresses';
import { attackDetections } from './scenario/attackDetections';
import { attackTimeline, DEFAULT_ATTACK_PLAN, type AttackPlan } from './scenario/attackPlan';
import { daysCovering } from './scenario/calendar';
import { runDecoys } from './scenario/decoys';
import { windowSink } from './scenario/eventSink';
import { BENIGN_ADMIN, buildPopulation, MONTH_END_TEAM_LEAD, REPORTING_SERVICE } from './scenario/population';
import { runAttack } from './scenario/runAttack';
import { serviceDay } from './scenario/services';
import type { ScenarioTruth } from './scenario/truth';
import { humanDay } from './scenario/workday';
import { DAY, zoneClock } from './scenario/zoneClock';

export type { AttackPlan } from './scenario/attackPlan';
export type { ScenarioTruth } from './scenario/truth';

export interface DemoScenarioOptions {
  seed: number;
  /** Epoch ms: the feed covers `days` up to here, and nothing after it. */
  now: number;
  /** The organisation's IANA zone; rhythms are local and DST-correct. Default Europe/Amsterdam. */
  timezone?: string;
  /** Default 30. */
  days?: number;
  /** Multiplies agents and team leads: ~95k events at 1, ~1M at 11.5 (for benchmarks). */
  scale?: number;
  attack?: Partial<AttackPlan>;
}

export interface DemoScenario {
  feed: FeedEnvelopeInput;
  truth: ScenarioTruth;
}

const BUSINESS_HOURS = { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] };
const stamp = (ms: number) => new Date(ms).toISOString();

function checked(options: DemoScenarioOptions) {
  const { seed, now, timezone = 'Europe/Amsterdam', days = 30, scale = 1 } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a number, got ${seed}`);
  if (!Number.isFinite(now)) throw new RangeError(`now must be epoch ms, got ${now}`);
  if (!(days >= 1 && days <= 400)) throw new RangeError(`days must be 1–400, got ${days}`);
  if (!(scale > 0 && scale <= 1_000)) throw new RangeError(`scale must be above 0 and at most 1000, got ${scale}`);
  return { seed, now, timezone, days, scale, plan: { ...DEFAULT_ATTACK_PLAN, ...options.attack } };
}

/** The telecom customer-contact scenario of DEMO-SCENARIO.md: one seed and one `now` give byte-identical output. */
export function demoScenario(options: DemoScenarioOptions): DemoScenario {
  const { seed, now, timezone, days, scale, plan } = checked(options);
  const clock = zoneClock(timezone);
  const from = now - days * DAY;
  const sink = windowSink(from, now);
  const population = buildPopulation(seed, scale);

  // Each account's day is generated from (seed, account, local date) alone, so a later `now` only adds events.
  for (const day of daysCovering(clock, from, now)) {
    for (const profile of population.humans) humanDay(profile, day, seed, sink);
    for (const service of population.services) serviceDay(service, day, seed, sink);
  }
  const timeline = attackTimeline(plan, clock, now);
  // A disabled attack still runs, into a sink that keeps nothing, so the truth can say when it would have happened.
  const attackSink = plan.enabled ? sink : { add: () => false };
  const facts = runAttack(plan, timeline, clock, seed, attackSink);
  const detections = attackDetections(plan, timeline, facts, clock, now, attackSink);
  const decoys = runDecoys(population, timeline.bulkDay, clock, seed, sink);

  const feed: FeedEnvelopeInput = {
    schema: 'breachline/v1',
    meta: {
      source: 'ccs-audit-export',
      generatedAt: stamp(now),
      timezone,
      businessHours: BUSINESS_HOURS,
      scenario: { name: 'customer-contact', seed, days, scale },
    },
    accounts: [...population.humans, ...population.services].map(({ id, name, role, privileged }) => ({ id, name, role, privileged })),
    incidents: plan.enabled ? detections.incidents : [],
    events: sink.events(),
  };
  const trickleExports = facts.trickle.flatMap((night) => night.exports);
  const truth: ScenarioTruth = {
    attackEnabled: plan.enabled,
    trickleAccount: plan.trickleAccount,
    bulkAccount: plan.bulkAccount,
    initialAccess: facts.discovery.login,
    trickleStart: trickleExports[0]?.ts ?? facts.bulk.first,
    trickleRecords: trickleExports.reduce((sum, e) => sum + e.records, 0),
    bulkStart: facts.bulk.first,
    bulkEnd: facts.bulk.last,
    bulkRecords: facts.bulk.records,
    attackerIps: [...new Set([plan.trickleIp, plan.bulkIp])],
    compromisedAccounts: plan.enabled ? [...new Set([plan.trickleAccount, plan.bulkAccount])] : [],
    decoys: {
      reportingService: REPORTING_SERVICE,
      nightShiftAgents: population.nightShiftAgents,
      monthEndTeamLead: MONTH_END_TEAM_LEAD,
      passwordSprayIp: SPRAY_IP,
      passwordSprayTargets: decoys.sprayTargets,
      benignAdminAccount: BENIGN_ADMIN,
      unrelatedDetectionIds: decoys.unrelatedDetectionIds,
    },
    incidentIds: plan.enabled ? detections.incidents.map((incident) => incident.id) : [],
    detectionIds: plan.enabled ? detections.detectionIds : [],
    lateDetectionIds: plan.enabled ? detections.lateDetectionIds : [],
  };
  return { feed, truth };
}
