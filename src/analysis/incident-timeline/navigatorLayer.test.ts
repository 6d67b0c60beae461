import { expect, test } from 'vitest';
import { navigatorLayer } from './navigatorLayer';
import { detection, testFeed } from './testFeed';

const feed = testFeed([
  detection(0, { id: 'a', attack: { tactic: 'Exfiltration', technique: 'T1567.002' } }),
  detection(1, { id: 'b', attack: { tactic: 'TA0010', technique: 'T1567.002' } }),
  detection(2, { id: 'c', attack: { technique: 'T1078' } }),
  detection(3, { id: 'd', attack: { tactic: 'Privilege Escalation', technique: 'T1169' } }),
  detection(4, { id: 'e', attack: { technique: 'T9999' } }),
]);
const layer = navigatorLayer(feed.events, 'INC-1 Bulk export', 'Detections of incident INC-1.');

test('is a v4.5 layer for Enterprise ATT&CK 18', () => {
  expect(layer).toMatchObject({ domain: 'enterprise-attack', versions: { attack: '18', layer: '4.5' }, name: 'INC-1 Bulk export' });
  expect(JSON.parse(JSON.stringify(layer))).toEqual(layer);
});

test('scores techniques by detection count, per tactic (shortname in the tactic field)', () => {
  expect(layer.techniques.find((t) => t.techniqueID === 'T1567.002')).toMatchObject({ tactic: 'exfiltration', score: 2, comment: '2 detections' });
  const validAccounts = layer.techniques.filter((t) => t.techniqueID === 'T1078');
  expect(validAccounts.map((t) => t.tactic).sort()).toEqual(['defense-evasion', 'initial-access', 'persistence', 'privilege-escalation']);
  expect(validAccounts.every((t) => t.score === 1)).toBe(true);
  expect(layer.gradient).toMatchObject({ minValue: 0, maxValue: 2 });
});

test('expands the parent of a scored sub-technique without scoring it', () => {
  expect(layer.techniques.find((t) => t.techniqueID === 'T1567')).toEqual({ techniqueID: 'T1567', tactic: 'exfiltration', enabled: true, showSubtechniques: true });
});

test('says in the comment when the feed used a revoked ID', () => {
  expect(layer.techniques.find((t) => t.techniqueID === 'T1548.003')?.comment).toMatch(/feed said T1169 \(revoked, replaced by T1548\.003\)/);
});

test('counts what it cannot place instead of dropping it', () => {
  expect(layer.techniques.some((t) => t.techniqueID === 'T9999')).toBe(false);
  expect(layer.description).toMatch(/Not in this layer: 1 × unknown technique T9999/);
  expect(layer.metadata).toContainEqual({ name: 'Not in this layer', value: '1 × unknown technique T9999' });
});
