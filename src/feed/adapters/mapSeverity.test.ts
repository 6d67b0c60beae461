import { expect, test } from 'vitest';
import { ocsfSeverity, riskScoreSeverity, severityWord, wazuhSeverity } from './mapSeverity';

test.each([
  [0, 'info'], [3, 'info'], [4, 'low'], [6, 'low'], [7, 'medium'], [11, 'medium'], [12, 'high'], [14, 'high'], [15, 'critical'], [16, 'critical'],
  ['10', 'medium'], [17, undefined], [-1, undefined], ['high', undefined],
])('Wazuh rule.level %j is %s', (level, severity) => {
  expect(wazuhSeverity(level)).toBe(severity);
});

test.each([
  ['critical', 'critical'], ['High', 'high'], ['MEDIUM', 'medium'], ['low', 'low'], ['Informational', 'info'], ['urgent', undefined],
])('severity word %s is %s', (word, severity) => {
  expect(severityWord(word)).toBe(severity);
});

test.each([
  [21, 'low'], [22, 'medium'], [47, 'medium'], [60, 'high'], [73, 'high'], [74, 'critical'], [99, 'critical'], [792, undefined],
])('Kibana risk score %s is %s', (score, severity) => {
  expect(riskScoreSeverity(score)).toBe(severity);
});

test.each([
  [0, 'Unknown', undefined], [1, 'Informational', 'info'], [2, 'Low', 'low'], [3, 'Medium', 'medium'], [4, 'High', 'high'],
  [5, 'Critical', 'critical'], [6, 'Fatal', 'critical'], [99, 'High', 'high'], [99, 'Severe', undefined], [undefined, 'Low', 'low'],
])('OCSF severity_id %s (%s) is %s', (id, label, severity) => {
  expect(ocsfSeverity(id, label)).toBe(severity);
});
