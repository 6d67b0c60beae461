import { tacticOrder } from '../../attack/catalogue';
import type { WallAnomaly } from './wallAnomalies';
import type { WallIncidents } from './wallIncidents';
import type { WallOffHours } from './wallOffHours';

export interface WallHeadline {
  /** alarm: data is leaving or an incident reached collection; watch: something to look at; calm: nothing. */
  tone: 'alarm' | 'watch' | 'calm';
  /** One sentence, the first thing read from across the room. */
  text: string;
  /** Up to two more sentences, each about something else. */
  also: string[];
}

interface Concern {
  /** 0 is the most urgent. */
  tier: number;
  size: number;
  text: string;
  /** Who it is about, so the same account is not named twice. */
  subject: string;
}

const DAY = 86_400_000;
// From Collection on, data is being gathered or taken: the stage where minutes matter.
const COLLECTION = tacticOrder('TA0009');

function anomalyConcern(a: WallAnomaly, end: number): Concern {
  // A dump of the last two nights is still the news of the day; older ones are worth a look, not an alarm.
  const recent = a.to > end - 2 * DAY;
  const verb = a.kind === 'bulk' ? 'exported' : 'trickled out';
  const still = a.ongoing && a.kind === 'bulk' ? ', still going' : '';
  return {
    tier: recent ? (a.kind === 'bulk' ? 0 : 1) : 2,
    size: a.records,
    text: `${a.label}: ${a.recordsText} ${verb} ${a.whenText}, ${a.ratioText}${still}`,
    subject: a.label,
  };
}

/**
 * What needs attention now, in words: the largest recent bulk export first, then an ongoing trickle or an incident
 * that reached Collection or beyond, then older anomalies, earlier incidents and unusual off-hours use. The wall
 * says one thing loudly rather than everything at once; the panels below carry the rest.
 */
export function wallHeadline(anomalies: readonly WallAnomaly[], offHours: WallOffHours, incidents: WallIncidents, end: number): WallHeadline {
  const concerns: Concern[] = anomalies.map((a) => anomalyConcern(a, end));
  for (const incident of incidents.open) {
    const stage = incident.strip.findIndex((cell) => cell.furthest);
    const reach = incident.furthestName ? `reached ${incident.furthestName}` : 'is open, not yet placed on the kill chain';
    concerns.push({
      tier: stage >= COLLECTION ? 1 : 3,
      size: stage,
      text: `${incident.id} ${reach}: ${incident.reached} of ${incident.strip.length} tactics, ${incident.accounts} ${incident.accounts === 1 ? 'account' : 'accounts'}`,
      subject: incident.id,
    });
  }
  const named = new Set(anomalies.map((a) => a.label));
  for (const row of offHours.rows) {
    if (row.score <= 0 || named.has(row.label)) continue;
    concerns.push({ tier: 3, size: row.score / 1000, text: `${row.label}: privileged, active off-hours at hours it rarely works (score ${row.score})`, subject: row.label });
  }
  if (concerns.length === 0) {
    return { tone: 'calm', text: 'All quiet: no export above its baseline this week, no open incident, no unusual off-hours use by a privileged account.', also: [] };
  }
  concerns.sort((a, b) => a.tier - b.tier || b.size - a.size);
  const [first, ...rest] = concerns as [Concern, ...Concern[]];
  const also: string[] = [];
  const said = new Set([first.subject]);
  for (const concern of rest) {
    if (also.length === 2) break;
    if (said.has(concern.subject)) continue;
    said.add(concern.subject);
    also.push(concern.text);
  }
  return { tone: first.tier <= 1 ? 'alarm' : 'watch', text: first.text, also };
}
