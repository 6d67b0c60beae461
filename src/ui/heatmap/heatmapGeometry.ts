/** Column edges in pixels: integers, so neighbouring cells share an edge and nothing blurs on any devicePixelRatio. */
export function columnEdges(columns: number, width: number, offset = 0): Int32Array {
  const edges = new Int32Array(columns + 1);
  for (let c = 0; c <= columns; c++) edges[c] = offset + Math.round((c * width) / Math.max(1, columns));
  return edges;
}

export interface Cell {
  row: number;
  column: number;
}

/** The cell under a point of the body (CSS px from its top-left), or null over the gutter or past the last row. */
export function cellAt(x: number, y: number, layout: { width: number; gutter: number; rowHeight: number; scrollTop: number; rows: number; columns: number }): Cell | null {
  const { width, gutter, rowHeight, scrollTop, rows, columns } = layout;
  if (x < gutter || x >= width || columns === 0) return null;
  const row = Math.floor((y + scrollTop) / rowHeight);
  const column = Math.min(columns - 1, Math.floor(((x - gutter) / (width - gutter)) * columns));
  return row >= 0 && row < rows ? { row, column } : null;
}

/** The rows a viewport shows, for drawing and for the labels beside it. */
export function visibleRows(scrollTop: number, height: number, rowHeight: number, rows: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight));
  return [first, Math.min(rows, Math.ceil((scrollTop + height) / rowHeight))];
}

/** The next focused cell for a key, clamped to the grid; null for keys the grid does not use. */
export function moveFocus(cell: Cell, key: string, rows: number, columns: number, page: number): Cell | null {
  const clamp = (row: number, column: number) => ({ row: Math.max(0, Math.min(rows - 1, row)), column: Math.max(0, Math.min(columns - 1, column)) });
  switch (key) {
    case 'ArrowRight': return clamp(cell.row, cell.column + 1);
    case 'ArrowLeft': return clamp(cell.row, cell.column - 1);
    case 'ArrowDown': return clamp(cell.row + 1, cell.column);
    case 'ArrowUp': return clamp(cell.row - 1, cell.column);
    case 'Home': return clamp(cell.row, 0);
    case 'End': return clamp(cell.row, columns - 1);
    case 'PageDown': return clamp(cell.row + page, cell.column);
    case 'PageUp': return clamp(cell.row - page, cell.column);
    default: return null;
  }
}
