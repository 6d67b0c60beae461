import type { FeedEnvelopeInput } from '../../src/feed/schema';
import type { AttackPlan, AttackTimeline } from './attackPlan';
import { scenarioDay } from './calendar';
import { emitDetection, type DetectionSpec } from './detection';
import { EXPORT_APPROVAL_LIMIT } from './exfiltration';
import type { AttackFacts } from './runAttack';
import type { EventSink } from './types';
import { MINUTE, type ZoneClock } from './zoneClock';

export type IncidentInput = NonNullable<FeedEnvelopeInput['incidents']>[number];

export interface AttackDetections {
  /** Incidents opened by now. */
  incidents: IncidentInput[];
  detectionIds: string[];
  /** Detections that fired a day or more after the activity they describe. */
  lateDetectionIds: string[];
}

export const TRICKLE_INCIDENT = 'INC-2041';
export const BULK_INCIDENT = 'INC-2042';

const stamp = (ts: number) => `${new Date(ts).toISOString().slice(0, 19)}Z`;

/**
 * The SOC's view of the attack, deliberately uneven as real detection is: some rules fire at once, some from nightly
 * or weekly batches days later; ATT&CK tactics are given as IDs, as names, or not at all (the technique implies them).
 */
export function attackDetections(plan: AttackPlan, timeline: AttackTimeline, facts: AttackFacts, clock: ZoneClock, now: number, sink: EventSink): AttackDetections {
  const { discovery, collection, trickle, bulk } = facts;
  const t = plan.trickleAccount;
  const local = clock.localText;
  const at = (dayIndex: number, minute: number) => scenarioDay(clock, dayIndex).at(minute);
  const bulkIncident = plan.bulkAccount === t ? TRICKLE_INCIDENT : BULK_INCIDENT;
  const sizeNights = trickle.slice(0, Math.min(9, trickle.length));
  const sizeExports = sizeNights.flatMap((night) => night.exports);
  const webNight = trickle[Math.max(0, trickle.length - 3)] ?? sizeNights[0];
  const lastTs = (night: typeof webNight) => night?.exports.at(-1)?.ts ?? bulk.login;
  const onTrickle = { account: t, ip: plan.trickleIp, incident: TRICKLE_INCIDENT };
  const onBulk = { account: plan.bulkAccount, ip: plan.bulkIp, incident: bulkIncident };

  const prompt: DetectionSpec[] = [
    { key: 'new-address-login', ts: discovery.login + 9 * MINUTE, ...onTrickle, severity: 'medium',
      rule: { id: 'R-101', name: 'Privileged login from a new address outside business hours' }, attack: { tactic: 'TA0001', technique: 'T1078' },
      message: `${t} logged in at ${local(discovery.login)} from ${plan.trickleIp}, an address this account has never used.` },
    { key: 'mass-record-views', ts: collection.last + 6 * MINUTE, ...onTrickle, severity: 'medium',
      rule: { id: 'R-214', name: 'Record views far above the account baseline' }, attack: { tactic: 'Collection', technique: 'T1213' },
      message: `${collection.views} customer records viewed by ${t} between ${local(collection.first)} and ${local(collection.last)}; its usual is a dozen or so a day, in office hours.` },
    { key: 'under-limit-exports', ts: lastTs(sizeNights.at(-1)) + 4 * MINUTE, ...onTrickle, severity: 'medium',
      rule: { id: 'R-113', name: 'Exports repeatedly just under the approval limit' }, attack: { tactic: 'TA0010', technique: 'T1030' },
      message: `${sizeExports.length} exports by ${t} over ${sizeNights.length} nights, each just under the ${EXPORT_APPROVAL_LIMIT.toLocaleString('en')}-record approval limit.` },
    { key: 'cloud-upload', ts: lastTs(webNight) + 11 * MINUTE, ...onTrickle, severity: 'high',
      rule: { id: 'R-140', name: 'Upload to personal cloud storage after export' }, attack: { tactic: 'exfiltration', technique: 'T1567.002' },
      message: `Upload from ${plan.trickleIp} to a consumer cloud-storage service minutes after an export by ${t}.` },
    { key: 'bulk-new-address-login', ts: bulk.login + 7 * MINUTE, ...onBulk, severity: 'high',
      rule: { id: 'R-101', name: 'Privileged login from a new address outside business hours' }, attack: { tactic: 'Initial Access', technique: 'T1078' },
      message: `${plan.bulkAccount} logged in at ${local(bulk.login)} from ${plan.bulkIp}, an address this account has never used.` },
    { key: 'bulk-volume', ts: bulk.first + 35 * MINUTE, ...onBulk, severity: 'critical',
      rule: { id: 'R-118', name: 'Export volume far above baseline' }, attack: { tactic: 'TA0010', technique: 'T1567' },
      message: `${plan.bulkAccount} has exported tens of thousands of records every few minutes since ${local(bulk.first)}, far beyond any support admin's day.` },
  ];
  const late: DetectionSpec[] = [
    { key: 'directory-enumeration', ts: at(timeline.discoveryDay + 3, 9 * 60 + 12), ...onTrickle, severity: 'low',
      rule: { id: 'R-205', name: 'Directory enumeration by a support account' }, attack: { technique: 'T1087' },
      message: `Nightly batch rule: ${discovery.searches} user-directory searches by ${t} between ${local(discovery.first)} and ${local(discovery.last)}.` },
    { key: 'scripted-cadence', ts: at(timeline.collectionDay + 5, 10 * 60 + 5), ...onTrickle, severity: 'medium',
      rule: { id: 'R-230', name: 'Scripted request cadence' }, attack: [{ technique: 'T1119' }, { tactic: 'TA0009', technique: 'T1213' }],
      message: `Weekly hunt: requests by ${t} every 15–30 s from ${local(collection.first)} to ${local(collection.last)}, as a script makes them.` },
    { key: 'bulk-upload', ts: bulk.last + 50 * MINUTE, ...onBulk, severity: 'high',
      rule: { id: 'R-119', name: 'Sustained upload to cloud storage' }, attack: { technique: 'T1567.002' },
      message: `Several gigabytes uploaded from ${plan.bulkIp} to cloud storage between ${local(bulk.first)} and ${local(bulk.last)}.` },
  ];
  const keep = (specs: DetectionSpec[]) => specs.flatMap((spec) => emitDetection(spec, clock, sink) ?? []);
  const detectionIds = keep(prompt);
  const lateDetectionIds = keep(late);

  // The trickle incident was opened only when the size-limit rule tied the nights together, long after the first alert.
  const opened = [
    { id: TRICKLE_INCIDENT, title: `Covert night-time exports by ${t}`, opened: prompt[2]?.ts ?? now },
    { id: BULK_INCIDENT, title: `Bulk export of customer records by ${plan.bulkAccount}`, opened: prompt[5]?.ts ?? now },
  ];
  const incidents = opened
    .filter((incident) => incident.opened <= now && (incident.id === TRICKLE_INCIDENT || bulkIncident === BULK_INCIDENT))
    .map(({ id, title, opened: ts }) => ({ id, title, status: 'open' as const, opened: stamp(ts) }));
  return { incidents, detectionIds: [...detectionIds, ...lateDetectionIds], lateDetectionIds };
}
