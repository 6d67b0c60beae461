import { expect, test } from 'vitest';
import { sortHeatmapRows, type HeatmapOrder } from './sortHeatmapRows';

const row = (account: string, privileged: boolean, score: number, total: number, offHoursEvents = 0) => ({ account, privileged, score, total, offHoursEvents });
const rows = [row('ag-2', false, 5, 100), row('sup-adm-02', true, 0, 300), row('ag-1', false, 0, 900, 40), row('sup-adm-07', true, 90, 50), row('ag-3', false, 0, 10)];

test.each<[HeatmapOrder, string[]]>([
  ['score', ['sup-adm-07', 'sup-adm-02', 'ag-2', 'ag-1', 'ag-3']],
  ['name', ['sup-adm-02', 'sup-adm-07', 'ag-1', 'ag-2', 'ag-3']],
  ['total', ['sup-adm-02', 'sup-adm-07', 'ag-1', 'ag-2', 'ag-3']],
])('by %s, privileged pinned on top', (order, expected) => {
  expect(sortHeatmapRows(rows, order).map((r) => r.account)).toEqual(expected);
});

test('leaves the input alone', () => {
  const before = rows.map((r) => r.account);
  sortHeatmapRows(rows, 'name');
  expect(rows.map((r) => r.account)).toEqual(before);
});
