import type { DetectionPlacement } from '../../analysis/incident-timeline/detectionInfo';

/** What the feed said that the timeline does not show as-is: revoked IDs, unknown IDs, contested tactics. */
export function placementNotes(p: DetectionPlacement): string[] {
  const notes: string[] = [];
  if (p.flags.includes('revoked')) {
    notes.push(p.techniqueId ? `The feed said ${p.stated}, which ATT&CK revoked; shown as its replacement ${p.techniqueId}.` : `The feed said ${p.stated}, which ATT&CK revoked without a replacement.`);
  }
  if (p.flags.includes('deprecated')) notes.push(`${p.techniqueId} is deprecated in ATT&CK.`);
  if (p.flags.includes('unknown-technique') && !p.flags.includes('revoked')) notes.push(`${p.stated} is not a technique in ATT&CK v18.1: shown as unknown.`);
  if (p.flags.includes('unknown-tactic')) notes.push(`The feed's tactic "${p.statedTactic}" is not an ATT&CK tactic.`);
  if (p.flags.includes('tactic-not-in-catalogue')) notes.push(`Tactic as stated by the feed ("${p.statedTactic}"); ATT&CK does not list it for ${p.techniqueId}.`);
  return notes;
}
