import { useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { cellAt, moveFocus, visibleRows, type Cell } from './heatmapGeometry';
import type { HeatmapGrid } from './heatmapGrid';
import { HeatmapTable, type HeatmapTableWords } from './HeatmapTable';
import { HeatmapTooltip, type CellWords } from './HeatmapTooltip';
import { AXIS_HEIGHT } from './paintAxis';
import { useElementSize } from './useElementSize';
import { useHeatmapPaint } from './useHeatmapPaint';

/** CSS px at the left of the body for the privileged-row bar. */
const GUTTER = 6;

interface AccountHeatmapProps {
  grid: HeatmapGrid;
  /** The accessible name, and the table's caption. */
  label: string;
  describeCell: (row: number, column: number) => CellWords;
  /** A row's label (e.g. a link to the account); rows thinner than 12 px show none. */
  renderRowLabel?: (row: number) => ReactNode;
  /** Enter on a cell, or a click on it. */
  onRowActivate?: (row: number) => void;
  rowHeight?: number;
  /** Every row on screen at once, as thin as it takes: the wall's whole population. */
  fit?: boolean;
  labelWidth?: number;
  /** The screen-reader table's row heading and highlight words, for the default table of every cell. */
  tableWords?: HeatmapTableWords;
  /** The grid for assistive technology, visually hidden; a table of every cell by default (right for a few rows). */
  table?: ReactNode;
}

/**
 * A canvas heatmap of any ready grid: crisp at every devicePixelRatio, rows virtualised (only visible rows are
 * painted, under a native scrollbar), keyboard-navigable with a focus ring, a tooltip on hover or focus, and a
 * visually hidden table for screen readers. Self-contained: props in, pixels out, so other views can reuse it.
 */
export function AccountHeatmap({ grid, label, describeCell, renderRowLabel, onRowActivate, rowHeight = 22, fit = false, labelWidth = 250, tableWords, table }: AccountHeatmapProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLCanvasElement>(null);
  const axisRef = useRef<HTMLCanvasElement>(null);
  const hintId = useId();
  const capRef = useRef<HTMLDivElement>(null);
  const viewport = useElementSize(scrollRef);
  const cap = useElementSize(capRef).height;
  const [scrollTop, setScrollTop] = useState(0);
  const [focus, setFocus] = useState<Cell | null>(null);
  const [hover, setHover] = useState<Cell | null>(null);
  const [focused, setFocused] = useState(false);

  // Fitted rows may be fractional (1.8 px): edges are rounded per row in device pixels, and no screen is left empty.
  const rowH = fit && cap > 0 ? Math.max(1, Math.min(rowHeight, cap / Math.max(1, grid.rows))) : rowHeight;
  // The scroller is as tall as its rows up to a cap (fitted, the cap). The cap is measured on an element of its own, so
  // a grid that lost or gained rows (a filter) is painted at its new height in the render that brings it: from the
  // scroller's own size it was painted first at the old height and again when the observer reported the change.
  const height = fit ? cap : Math.min(cap, grid.rows * rowH);
  const labelW = renderRowLabel && rowH >= 12 ? labelWidth : 0;
  const width = Math.max(0, viewport.width - labelW);
  const cellW = (width - GUTTER) / Math.max(1, grid.columns);
  useHeatmapPaint(bodyRef, axisRef, grid, { width, height, dpr: viewport.dpr, rowHeight: rowH, scrollTop, gutter: GUTTER }, AXIS_HEIGHT);

  // Before layout (and in jsdom) the viewport is unmeasured: label the first rows rather than none.
  const [first, last] = visibleRows(scrollTop, height || 40 * rowH, rowH, grid.rows);
  const at = (event: MouseEvent) => {
    const box = event.currentTarget.getBoundingClientRect();
    return cellAt(event.clientX - box.left, event.clientY - box.top, { width, gutter: GUTTER, rowHeight: rowH, scrollTop, rows: grid.rows, columns: grid.columns });
  };
  const reveal = (row: number) => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    if (row * rowH < scroller.scrollTop) scroller.scrollTop = row * rowH;
    else if ((row + 1) * rowH > scroller.scrollTop + height) scroller.scrollTop = (row + 1) * rowH - height;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!focus) return;
    if (event.key === 'Enter') return onRowActivate?.(focus.row);
    if (event.key === 'Escape') return setFocused(false);
    const next = moveFocus(focus, event.key, grid.rows, grid.columns, Math.max(1, Math.floor(height / rowH) - 1));
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    setFocused(true);
    reveal(next.row);
  };
  const shown = hover ?? (focused ? focus : null);
  const ring = (cell: Cell, className: string) => (
    <div className={className} style={{ left: GUTTER + cell.column * cellW, top: cell.row * rowH - scrollTop, width: cellW, height: rowH }} />
  );

  return (
    <div className="ahm" style={{ ['--ahm-label-width' as string]: `${labelW}px` }}>
      <div ref={capRef} className="ahm-cap" aria-hidden="true" />
      <div className="ahm-axis" aria-hidden="true">
        <canvas ref={axisRef} />
      </div>
      <div ref={scrollRef} className={fit ? 'ahm-scroll ahm-fit' : 'ahm-scroll'} style={fit ? undefined : { height: grid.rows * rowH }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <div className="ahm-rows" style={{ height: grid.rows * rowH }}>
          {labelW > 0 && (
            <ol className="ahm-labels" aria-label="Rows">
              {Array.from({ length: last - first }, (_, i) => first + i).map((row) => (
                <li key={grid.rowLabels[row] ?? row} style={{ top: row * rowH, height: rowH }}>{renderRowLabel?.(row)}</li>
              ))}
            </ol>
          )}
          <div
            className="ahm-body"
            style={{ height }}
            tabIndex={0}
            role="application"
            aria-roledescription="heatmap"
            aria-label={label}
            aria-describedby={hintId}
            onKeyDown={onKeyDown}
            onFocus={() => { setFocused(true); setFocus((f) => f ?? { row: first, column: 0 }); }}
            onBlur={() => setFocused(false)}
            onMouseMove={(e) => setHover(at(e))}
            onMouseLeave={() => setHover(null)}
            onClick={(e) => { const cell = at(e); if (cell) { setFocus(cell); onRowActivate?.(cell.row); } }}
          >
            <canvas ref={bodyRef} />
            {focused && focus && ring(focus, 'ahm-focus')}
            {hover && ring(hover, 'ahm-hover')}
          </div>
        </div>
      </div>
      {shown && <HeatmapTooltip words={describeCell(shown.row, shown.column)} style={tooltipPlace(labelW + GUTTER + shown.column * cellW, cellW, AXIS_HEIGHT + (shown.row + 1) * rowH - scrollTop + 4, viewport.width)} />}
      <p id={hintId} className="ahm-sr-only">Arrow keys move between cells, Home and End to the row’s ends, Enter opens the account.</p>
      <p role="status" aria-label="Focused cell" className="ahm-sr-only">{focused && focus ? wordsAsText(describeCell(focus.row, focus.column)) : ''}</p>
      {table ?? <HeatmapTable grid={grid} caption={label} words={tableWords} />}
    </div>
  );
}

/** Right of the cell, or left of it near the right edge, so the tooltip never leaves the heatmap. */
const tooltipPlace = (cellLeft: number, cellWidth: number, top: number, width: number) =>
  cellLeft + cellWidth + 340 > width ? { right: Math.max(0, width - cellLeft + 10), top } : { left: cellLeft + cellWidth + 10, top };

const wordsAsText = (words: CellWords) => [words.heading, ...words.lines].join('. ');
