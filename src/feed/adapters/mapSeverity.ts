import type { Severity } from '../schema';
import { asNumber, asText } from './readPath';

/**
 * Wazuh rule.level 0–16 (Wazuh "Rules classification"). The Wazuh dashboard groups 0–6 low, 7–11 medium, 12–14 high,
 * 15+ critical; levels 0–3 (ignored, none, system notification, successful/authorised events) have no security
 * relevance by Wazuh's own description, so they become `info` here.
 */
export function wazuhSeverity(level: unknown): Severity | undefined {
  const n = asNumber(level);
  if (n === undefined || n < 0 || n > 16) return undefined;
  if (n <= 3) return 'info';
  if (n <= 6) return 'low';
  if (n <= 11) return 'medium';
  if (n <= 14) return 'high';
  return 'critical';
}

const WORDS: Record<string, Severity> = {
  informational: 'info',
  info: 'info',
  low: 'low',
  medium: 'medium',
  moderate: 'medium',
  high: 'high',
  critical: 'critical',
  fatal: 'critical',
};

/** A severity word in any case ("High", "informational"), or undefined. */
export function severityWord(value: unknown): Severity | undefined {
  const word = asText(value)?.toLowerCase();
  return word === undefined ? undefined : WORDS[word];
}

/**
 * Kibana's default risk score of each severity is 21 / 47 / 73 / 99 (low / medium / high / critical); a score is put
 * in the band that ends at the next default.
 */
export function riskScoreSeverity(score: unknown): Severity | undefined {
  const n = asNumber(score);
  if (n === undefined || n < 0 || n > 100) return undefined;
  if (n <= 21) return 'low';
  if (n <= 47) return 'medium';
  if (n <= 73) return 'high';
  return 'critical';
}

// OCSF severity_id: 0 Unknown, 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical, 6 Fatal, 99 Other.
const OCSF_IDS: Record<number, Severity> = { 1: 'info', 2: 'low', 3: 'medium', 4: 'high', 5: 'critical', 6: 'critical' };

/** OCSF severity_id; 99 (Other) falls back on the `severity` label; 0 (Unknown) is no severity. */
export function ocsfSeverity(id: unknown, label: unknown): Severity | undefined {
  const n = asNumber(id);
  if (n !== undefined && n in OCSF_IDS) return OCSF_IDS[n];
  if (n === 0) return undefined;
  return severityWord(label);
}
