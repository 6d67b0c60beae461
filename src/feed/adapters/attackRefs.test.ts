import { describe, expect, test } from 'vitest';
import { ecsThreatRefs, ocsfAttackRefs, pairFlatAttack } from './attackRefs';

describe('pairFlatAttack pairs Wazuh’s unpaired union through the catalogue', () => {
  test('the Office 365 sample: each technique gets only the stated tactics ATT&CK gives it', () => {
    const refs = pairFlatAttack(['Defense Evasion', 'Persistence', 'Privilege Escalation', 'Initial Access'], ['T1078', 'T1098.001']);
    expect(refs).toEqual([
      { tactic: 'Defense Evasion', technique: 'T1078' },
      { tactic: 'Persistence', technique: 'T1078' },
      { tactic: 'Privilege Escalation', technique: 'T1078' },
      { tactic: 'Initial Access', technique: 'T1078' },
      { tactic: 'Persistence', technique: 'T1098.001' },
      { tactic: 'Privilege Escalation', technique: 'T1098.001' },
    ]);
  });

  test('a technique no stated tactic fits keeps no tactic; an unclaimed tactic stays on its own', () => {
    expect(pairFlatAttack(['Exfiltration'], ['T1110'])).toEqual([{ technique: 'T1110' }, { tactic: 'Exfiltration' }]);
  });

  test('tactics without techniques (Wazuh 3.x) and nothing at all', () => {
    expect(pairFlatAttack(['Credential Access'], [])).toEqual([{ tactic: 'Credential Access' }]);
    expect(pairFlatAttack([], [])).toEqual([]);
  });
});

describe('ecsThreatRefs', () => {
  test('a Kibana rule entry: one tactic, the sub-technique when there is one', () => {
    const threat = [{ framework: 'MITRE ATT&CK', tactic: { id: 'TA0005', name: 'Defense Evasion' }, technique: [{ id: 'T1218', subtechnique: [{ id: 'T1218.010' }] }, { id: 'T1112' }] }];
    expect(ecsThreatRefs(threat)).toEqual([{ tactic: 'TA0005', technique: 'T1218.010' }, { tactic: 'TA0005', technique: 'T1112' }]);
  });

  test('the endpoint package’s single object with a lowercase tactic name and no ID', () => {
    expect(ecsThreatRefs({ tactic: { name: 'defense evasion' }, technique: [{ id: 'T1218' }] })).toEqual([{ tactic: 'defense evasion', technique: 'T1218' }]);
  });

  test('multi-valued ECS fields are flat parallel lists: paired through the catalogue', () => {
    const threat = { framework: 'MITRE ATT&CK', tactic: { id: ['TA0001', 'TA0006'] }, technique: { id: ['T1078', 'T1110'] } };
    expect(ecsThreatRefs(threat)).toEqual([{ tactic: 'TA0001', technique: 'T1078' }, { tactic: 'TA0006', technique: 'T1110' }]);
  });

  test('flat dotted keys inside an entry', () => {
    expect(ecsThreatRefs({ 'tactic.id': 'TA0010', 'technique.id': ['T1567'], 'technique.subtechnique.id': ['T1567.002'] })).toEqual([{ tactic: 'TA0010', technique: 'T1567.002' }]);
  });

  test('a tactic alone, another framework skipped, junk ignored', () => {
    expect(ecsThreatRefs([{ tactic: { id: 'TA0009' } }, { framework: 'MITRE ATLAS', tactic: { id: 'AML.TA0000' } }, 'x', null])).toEqual([{ tactic: 'TA0009' }]);
  });
});

describe('ocsfAttackRefs', () => {
  test('1.1+ entries pair tactic with sub-technique (or technique) as stated', () => {
    const attacks = [
      { tactic: { uid: 'TA0010', name: 'Exfiltration' }, technique: { uid: 'T1567' }, sub_technique: { uid: 'T1567.002' } },
      { tactic: { name: 'Collection' }, technique: { uid: 'T1530' } },
    ];
    expect(ocsfAttackRefs(attacks)).toEqual([{ tactic: 'TA0010', technique: 'T1567.002' }, { tactic: 'Collection', technique: 'T1530' }]);
  });

  test('the deprecated tactics[] of 1.0 and a technique without a tactic', () => {
    expect(ocsfAttackRefs([{ tactics: [{ uid: 'TA0006' }, { uid: 'TA0001' }], technique: { uid: 'T1078' } }, { technique: { uid: 'T1110' } }])).toEqual([
      { tactic: 'TA0006', technique: 'T1078' },
      { tactic: 'TA0001', technique: 'T1078' },
      { technique: 'T1110' },
    ]);
  });
});
