import { expect, test } from 'vitest';
import { cellAt, columnEdges, moveFocus, visibleRows } from './heatmapGeometry';

test('column edges are whole pixels that tile the width exactly', () => {
  const edges = Array.from(columnEdges(720, 1500, 12));
  expect(edges[0]).toBe(12);
  expect(edges.at(-1)).toBe(1512);
  expect(edges.every((x, i) => Number.isInteger(x) && (i === 0 || x >= (edges[i - 1] ?? 0)))).toBe(true);
});

const layout = { width: 246, gutter: 6, rowHeight: 20, scrollTop: 0, rows: 10, columns: 24 };

test.each([
  ['first cell', 6, 0, { row: 0, column: 0 }],
  ['hour 2 of the third row', 6 + 2 * 10 + 5, 45, { row: 2, column: 2 }],
  ['the last column at the right edge', 245.9, 5, { row: 0, column: 23 }],
  ['the gutter is no cell', 3, 5, null],
  ['below the last row is no cell', 50, 201, null],
])('cellAt: %s', (_case, x, y, expected) => {
  expect(cellAt(x, y, layout)).toEqual(expected);
});

test('cellAt counts the scroll', () => {
  expect(cellAt(6, 5, { ...layout, scrollTop: 100 })).toEqual({ row: 5, column: 0 });
});

test.each([
  ['ArrowRight', { row: 1, column: 3 }],
  ['ArrowLeft', { row: 1, column: 1 }],
  ['ArrowDown', { row: 2, column: 2 }],
  ['ArrowUp', { row: 0, column: 2 }],
  ['Home', { row: 1, column: 0 }],
  ['End', { row: 1, column: 23 }],
  ['PageDown', { row: 9, column: 2 }],
  ['PageUp', { row: 0, column: 2 }],
  ['a', null],
])('moveFocus %s from row 1, column 2 (clamped to the grid)', (key, expected) => {
  expect(moveFocus({ row: 1, column: 2 }, key, 10, 24, 20)).toEqual(expected);
});

test('visibleRows covers a partly shown row at either edge', () => {
  expect(visibleRows(30, 100, 20, 50)).toEqual([1, 7]);
  expect(visibleRows(0, 1000, 20, 5)).toEqual([0, 5]);
});
