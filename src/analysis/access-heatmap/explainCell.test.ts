import { expect, test } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { accessHeatmap } from './accessHeatmap';
import { explainCell } from './explainCell';
import { shiftActivity } from './shiftActivity';

const result = ingestFeed(
  JSON.stringify(envelope([
    ...shiftActivity({ account: 'sup-adm-07', from: '2026-01-13', days: 30, hours: [9, 10, 11, 13, 14, 15, 16], weekdays: [1, 2, 3, 4, 5] }),
    makeEvent({ account: 'sup-adm-07', ts: '2026-02-10T02:10:00+01:00', action: 'export', records: 4_000 }),
  ])),
  TEST_SETTINGS,
);
if (!result.ok) throw new Error(result.error.why);
const model = accessHeatmap(result.feed, { range: '7d', mode: 'hour-of-day', order: 'score', privilegedOnly: false });

test.each([
  ['an empty off-hours cell', 4, { count: 0, level: 'normal', unusual: 'no activity (off-hours)' }],
  ['an empty working hour', 12, { count: 0, level: 'normal', unusual: 'no activity' }],
  ['its usual working hour', 10, { level: 'normal', unusual: 'as busy as a typical hour for this account; privileged account. Judged by its own history.' }],
  ['the 02:00 export', 2, { count: 1, level: 'high', unusual: 'never active at this hour before; its peers (same role) never work then; off-hours; privileged account; exported data in this hour. Judged by its own history.' }],
])('%s', (_case, hour, expected) => {
  expect(explainCell(model, 0, hour)).toMatchObject({ account: 'sup-adm-07', when: `${String(hour).padStart(2, '0')}:00–${String(hour + 1).padStart(2, '0')}:00`, ...expected });
});
