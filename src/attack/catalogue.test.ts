import { describe, expect, test } from 'vitest';
import { ATTACK_VERSION, TACTICS, findTactic, findTechnique, getTactic, tacticOrder, techniqueName } from './catalogue';

describe('tactics are found by ID, name or shortname, in any case', () => {
  test.each([
    ['TA0010', 'TA0010'],
    ['ta0010', 'TA0010'],
    ['Exfiltration', 'TA0010'],
    ['EXFILTRATION', 'TA0010'],
    ['  exfiltration ', 'TA0010'],
    ['Command and Control', 'TA0011'],
    ['command-and-control', 'TA0011'],
    ['COMMAND_AND_CONTROL', 'TA0011'],
    ['initial access', 'TA0001'],
    ['Initial-Access', 'TA0001'],
    ['resource development', 'TA0042'],
  ])('%s → %s', (word, id) => {
    expect(findTactic(word)?.id).toBe(id);
  });

  test.each(['TA0099', 'Exfil', 'Lateral Movment', 'T1567', ''])('%s is not a tactic', (word) => {
    expect(findTactic(word)).toBeUndefined();
  });
});

describe('kill-chain order is the matrix order, not ID order', () => {
  test('there are 14 Enterprise tactics from Reconnaissance to Impact', () => {
    expect(TACTICS.map((t) => t.name)).toEqual([
      'Reconnaissance', 'Resource Development', 'Initial Access', 'Execution', 'Persistence', 'Privilege Escalation',
      'Defense Evasion', 'Credential Access', 'Discovery', 'Lateral Movement', 'Collection', 'Command and Control',
      'Exfiltration', 'Impact',
    ]);
  });

  test('TA0011 Command and Control comes before TA0010 Exfiltration', () => {
    expect(tacticOrder('TA0011')).toBeLessThan(tacticOrder('TA0010'));
    expect(TACTICS.findIndex((t) => t.id === 'TA0011')).toBe(TACTICS.findIndex((t) => t.id === 'TA0010') - 1);
  });

  test('TA0043 and TA0042 come first although their IDs are the highest but one', () => {
    expect(TACTICS.slice(0, 2).map((t) => t.id)).toEqual(['TA0043', 'TA0042']);
  });

  test('an unknown tactic sorts after every known one', () => {
    expect(tacticOrder('TA9999')).toBe(TACTICS.length);
    expect(getTactic('TA9999')).toBeUndefined();
  });

  test('the catalogue is ATT&CK v18.1', () => {
    expect(ATTACK_VERSION).toBe('18.1');
  });
});

describe('techniques', () => {
  test('a sub-technique keeps its own ID and name', () => {
    expect(findTechnique('T1567.002')).toMatchObject({ status: 'active', technique: { id: 'T1567.002', name: 'Exfiltration to Cloud Storage', tacticIds: ['TA0010'] } });
    expect(techniqueName('T1567')).toBe('Exfiltration Over Web Service');
  });

  test('IDs are accepted in any case and with stray spaces', () => {
    expect(findTechnique(' t1567.002 ')).toMatchObject({ status: 'active', technique: { id: 'T1567.002' } });
  });

  test('a multi-tactic technique lists every tactic it belongs to', () => {
    const lookup = findTechnique('T1078');
    expect(lookup.status).toBe('active');
    if (lookup.status !== 'active') return;
    expect(lookup.technique.name).toBe('Valid Accounts');
    expect(lookup.technique.tacticIds.sort()).toEqual(['TA0001', 'TA0003', 'TA0004', 'TA0005']);
  });

  test('a revoked ID maps to its replacement: T1169 Sudo → T1548.003', () => {
    expect(findTechnique('T1169')).toMatchObject({ status: 'revoked', statedId: 'T1169', technique: { id: 'T1548.003', name: 'Sudo and Sudo Caching' } });
  });

  test('a revoked ID whose replacement was itself revoked follows the chain to an active technique', () => {
    // T1073 DLL Side-Loading → T1574.002 (revoked in v18) → T1574.001.
    expect(findTechnique('T1073')).toMatchObject({ status: 'revoked', statedId: 'T1073', technique: { id: 'T1574.001' } });
  });

  test('a deprecated ID is recognised as deprecated', () => {
    expect(findTechnique('T1043')).toMatchObject({ status: 'deprecated', technique: { id: 'T1043', tacticIds: ['TA0011'] } });
  });

  test.each(['T9999', 'T1567.999', 'Valid Accounts', 'TA0010'])('%s is unknown, not guessed', (id) => {
    expect(findTechnique(id)).toEqual({ status: 'unknown', statedId: id.toUpperCase() });
  });
});
