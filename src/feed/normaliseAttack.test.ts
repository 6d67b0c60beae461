import { describe, expect, test } from 'vitest';
import { normaliseAttack } from './normaliseAttack';
import { ingestFeed } from './ingestFeed';
import { envelope, makeEvent, TEST_SETTINGS } from '../test/feedBuilders';

const lanes = (attack: Parameters<typeof normaliseAttack>[0]) => normaliseAttack(attack).map((m) => m.tacticId);

describe('lane placement of the feed’s attack field', () => {
  test('a tactic given by name, ID or shortname lands in the same lane', () => {
    expect(lanes({ tactic: 'Exfiltration', technique: 'T1567' })).toEqual(['TA0010']);
    expect(lanes({ tactic: 'ta0010', technique: 'T1567' })).toEqual(['TA0010']);
    expect(lanes({ tactic: 'EXFILTRATION', technique: 'T1567' })).toEqual(['TA0010']);
  });

  test('a sub-technique is named as the sub-technique', () => {
    expect(normaliseAttack({ technique: 'T1567.002' })).toEqual([
      { tacticId: 'TA0010', techniqueId: 'T1567.002', techniqueName: 'Exfiltration to Cloud Storage', stated: null, statedTactic: null, flags: [] },
    ]);
  });

  test('a multi-tactic technique without a tactic is placed in every tactic of the catalogue', () => {
    expect(lanes({ technique: 'T1078' }).sort()).toEqual(['TA0001', 'TA0003', 'TA0004', 'TA0005']);
  });

  test('a multi-tactic technique with a stated tactic is placed only there', () => {
    expect(lanes({ tactic: 'Initial Access', technique: 'T1078' })).toEqual(['TA0001']);
  });

  test('a revoked ID is replaced and the stated one kept for the tooltip', () => {
    const placements = normaliseAttack({ technique: 'T1169' });
    expect(placements.map((p) => p.tacticId).sort()).toEqual(['TA0004', 'TA0005']);
    for (const p of placements) expect(p).toMatchObject({ techniqueId: 'T1548.003', techniqueName: 'Sudo and Sudo Caching', stated: 'T1169', flags: ['revoked'] });
  });

  test('an unknown technique stays unknown: kept, not dropped and not guessed', () => {
    expect(normaliseAttack({ technique: 'T9999' })).toEqual([
      { tacticId: null, techniqueId: null, techniqueName: null, stated: 'T9999', statedTactic: null, flags: ['unknown-technique'] },
    ]);
    expect(normaliseAttack({ tactic: 'Collection', technique: 'T9999.001' })).toEqual([
      { tacticId: 'TA0009', techniqueId: null, techniqueName: null, stated: 'T9999.001', statedTactic: null, flags: ['unknown-technique'] },
    ]);
  });

  test('an unknown tactic is unplaced and its word is kept', () => {
    expect(normaliseAttack({ tactic: 'Lateral Movment', technique: 'T1169' })[0]).toMatchObject({
      tacticId: null, techniqueId: 'T1548.003', stated: 'T1169', statedTactic: 'Lateral Movment', flags: ['revoked', 'unknown-tactic'],
    });
  });

  test('a tactic that contradicts the catalogue is kept as stated and flagged', () => {
    expect(normaliseAttack({ tactic: 'Impact', technique: 'T1567' })).toEqual([
      { tacticId: 'TA0040', techniqueId: 'T1567', techniqueName: 'Exfiltration Over Web Service', stated: null, statedTactic: 'Impact', flags: ['tactic-not-in-catalogue'] },
    ]);
  });

  test('a list of refs is de-duplicated per lane and technique', () => {
    expect(lanes([{ tactic: 'TA0010', technique: 'T1567' }, { tactic: 'exfiltration', technique: 't1567' }, { technique: 'T1030' }])).toEqual(['TA0010', 'TA0010']);
  });

  test('an empty ref places nothing', () => {
    expect(normaliseAttack([{}])).toEqual([]);
    expect(normaliseAttack(undefined)).toEqual([]);
  });
});

describe('ingest counts attack problems among the warnings', () => {
  test('an unknown technique and a revoked one each give a warning; a clean mapping gives none', () => {
    const result = ingestFeed(
      JSON.stringify(envelope([
        makeEvent({ id: 'ok', attack: { tactic: 'TA0010', technique: 'T1567.002' } }),
        makeEvent({ id: 'unknown', attack: { technique: 'T9999' } }),
        makeEvent({ id: 'revoked', attack: { tactic: 'Privilege Escalation', technique: 'T1169' } }),
      ])),
      TEST_SETTINGS,
    );
    if (!result.ok) throw new Error(result.error.why);
    expect(result.feed.warnings.map((w) => w.why)).toEqual([
      expect.stringMatching(/unknown.*T9999/),
      expect.stringMatching(/revoked.*T1169/),
    ]);
  });
});
