import { getTactic } from '../../attack/catalogue';
import type { AttackFlag } from '../../feed/normaliseAttack';
import type { NormalisedEvent } from '../../feed/normaliseEvent';
import type { Severity } from '../../feed/schema';

/** The lane of detections that neither the feed nor the catalogue can put on the kill chain. */
export const UNPLACED = 'unplaced';

const SEVERITY_RANK: Record<Severity, number> = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };

/** 0 for a detection without a severity, 1 (info) … 5 (critical). */
export const severityRank = (severity: Severity | null): number => (severity ? SEVERITY_RANK[severity] : 0);

export function worseSeverity(a: Severity | null, b: Severity | null): Severity | null {
  return severityRank(b) > severityRank(a) ? b : a;
}

/** One place of a detection on the kill chain, with everything a tooltip says about it. */
export interface DetectionPlacement {
  /** A tactic ID, or UNPLACED. */
  lane: string;
  tacticName: string;
  techniqueId: string | null;
  techniqueName: string | null;
  /** What the feed said when it is not what is shown: a revoked or unknown technique ID. */
  stated: string | null;
  /** The tactic word the feed wrote, when it is unknown or contradicts the catalogue. */
  statedTactic: string | null;
  flags: AttackFlag[];
}

/** A detection as the timeline shows it: plain values, ready for a tooltip or a table row. */
export interface DetectionInfo {
  /** The feed's event id: the same detection in several lanes shares it. */
  id: string;
  ts: number;
  severity: Severity | null;
  rule: string | null;
  ruleId: string | null;
  account: string | null;
  host: string | null;
  ip: string | null;
  message: string | null;
  incident: string | null;
  placements: DetectionPlacement[];
  /** Distinct lanes the detection is in: above 1, the chart marks its markers as one detection. */
  laneCount: number;
}

/** Every lane a detection lands in; one without any ATT&CK mapping still lands, in the UNPLACED lane. */
export function placementsOf(event: NormalisedEvent): DetectionPlacement[] {
  if (event.attack.length === 0) {
    return [{ lane: UNPLACED, tacticName: 'Not on the kill chain', techniqueId: null, techniqueName: null, stated: null, statedTactic: null, flags: [] }];
  }
  return event.attack.map((m) => ({
    lane: m.tacticId ?? UNPLACED,
    tacticName: m.tacticId ? (getTactic(m.tacticId)?.name ?? m.tacticId) : 'Not on the kill chain',
    techniqueId: m.techniqueId,
    techniqueName: m.techniqueName,
    stated: m.stated,
    statedTactic: m.statedTactic,
    flags: m.flags,
  }));
}

export function detectionInfo(event: NormalisedEvent, placements = placementsOf(event)): DetectionInfo {
  return {
    id: event.id,
    ts: event.ts,
    severity: event.severity,
    rule: event.rule?.name ?? null,
    ruleId: event.rule?.id ?? null,
    account: event.account,
    host: event.host,
    ip: event.ip,
    message: event.message,
    incident: event.incident,
    placements,
    laneCount: new Set(placements.map((p) => p.lane)).size,
  };
}

/** "T1567.002 Exfiltration to Cloud Storage", "unknown technique T9999", or "no technique stated". */
export function techniqueLabel(p: Pick<DetectionPlacement, 'techniqueId' | 'techniqueName' | 'stated'>): string {
  if (p.techniqueId) return p.techniqueName ? `${p.techniqueId} ${p.techniqueName}` : p.techniqueId;
  if (p.stated && /^t\d/i.test(p.stated)) return `unknown technique ${p.stated}`;
  return 'no technique stated';
}
