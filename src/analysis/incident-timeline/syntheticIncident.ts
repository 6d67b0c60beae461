import type { FeedEnvelopeInput, FeedEventInput } from '../../feed/schema';

// A fixture, not analysis: one incident with as many detections as asked, for the benchmark and the real-browser
// paint test. Seeded, so the same size gives the same feed.

const STEPS: { attack: FeedEventInput['attack']; rule: string; share: number }[] = [
  { attack: { technique: 'T1078' }, rule: 'Privileged login from a new address', share: 0.04 },
  { attack: { tactic: 'Discovery', technique: 'T1087' }, rule: 'Directory enumeration', share: 0.1 },
  { attack: { tactic: 'TA0009', technique: 'T1213' }, rule: 'Record views above baseline', share: 0.3 },
  { attack: [{ technique: 'T1119' }, { tactic: 'collection', technique: 'T1213' }], rule: 'Scripted request cadence', share: 0.1 },
  { attack: { tactic: 'TA0011', technique: 'T1071.001' }, rule: 'Beaconing over HTTPS', share: 0.08 },
  { attack: { tactic: 'TA0010', technique: 'T1030' }, rule: 'Exports just under the approval limit', share: 0.2 },
  { attack: { technique: 'T1567.002' }, rule: 'Upload to personal cloud storage', share: 0.15 },
  { attack: { technique: 'T1169' }, rule: 'Legacy sudo rule', share: 0.03 },
];
const SEVERITIES = ['info', 'low', 'medium', 'medium', 'high', 'critical'] as const;

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` detections of incident INC-9000 over three days before `end`, in kill-chain order with some overlap. */
export function syntheticIncident(count: number, end = Date.parse('2026-02-12T06:00:00Z'), seed = 1): FeedEnvelopeInput {
  const random = rng(seed);
  const span = 3 * 86_400_000;
  const events: FeedEventInput[] = [];
  let stepStart = 0;
  STEPS.forEach((step, s) => {
    const n = s === STEPS.length - 1 ? count - events.length : Math.round(count * step.share);
    for (let i = 0; i < n; i++) {
      // Each step happens mostly in its own stretch of the three days, the way an intrusion moves on.
      const at = Math.min(0.999, stepStart + random() * 0.35);
      events.push({
        id: `syn-${events.length}`,
        ts: end - span + Math.floor(at * span),
        account: random() < 0.8 ? 'sup-adm-07' : 'sup-adm-04',
        action: 'alert',
        severity: SEVERITIES[Math.floor(random() * SEVERITIES.length)],
        rule: { id: `R-${100 + s}`, name: step.rule },
        attack: step.attack,
        incident: 'INC-9000',
        message: `Synthetic detection ${events.length} of ${count}.`,
      });
    }
    stepStart += 0.65 / STEPS.length;
  });
  events.sort((a, b) => Number(a.ts) - Number(b.ts));
  return {
    schema: 'breachline/v1',
    meta: { source: 'synthetic-incident', generatedAt: new Date(end).toISOString(), timezone: 'Europe/Amsterdam' },
    incidents: [{ id: 'INC-9000', title: `Synthetic intrusion with ${count} detections`, status: 'open' }],
    events,
  };
}
