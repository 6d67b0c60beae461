import { expect, test } from 'vitest';
import { rejectsBySource } from './rejectsBySource';

test('counts rejects per adapter by the name their reason starts with', () => {
  const rejects = [
    { where: 'line 7', why: 'Wazuh: alert without a timestamp' },
    { where: 'line 8', why: 'Wazuh, mapped event: missing action' },
    { where: 'line 9', why: 'CloudTrail: an AWS service names no user' },
    { where: 'events[3].ts', why: "not a timestamp: 'x'" },
  ];
  expect(rejectsBySource(rejects)).toEqual([
    { source: 'Wazuh', count: 2 },
    { source: 'CloudTrail', count: 1 },
    { source: 'Breachline', count: 1 },
  ]);
});
