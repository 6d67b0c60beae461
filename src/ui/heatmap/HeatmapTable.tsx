import { memo } from 'react';
import { HIGHLIGHT_ALARM, HIGHLIGHT_UNUSUAL, type HeatmapGrid } from './heatmapGrid';
import { FeedText } from '../FeedText';

/** A screen reader gets the grid as a table; past this many cells the DOM would cost more than the canvas saves. */
const MAX_CELLS = 6_000;

const MARKS: Record<number, string> = {
  [HIGHLIGHT_ALARM]: ', alarm: unusual off-hours use of a privileged account',
  [HIGHLIGHT_UNUSUAL]: ', unusual for this account',
};

/** What the table calls its rows and its highlights, when they are not accounts and off-hours alarms. */
export interface HeatmapTableWords {
  rowHeading: string;
  marks: Record<number, string>;
}

/** The canvas's equivalent for assistive technology, visually hidden. Memoised: hover must not re-render 6,000 cells. */
export const HeatmapTable = memo(function HeatmapTable({ grid, caption, words }: { grid: HeatmapGrid; caption: string; words?: HeatmapTableWords }) {
  const marks = words?.marks ?? MARKS;
  const rows = Math.min(grid.rows, Math.max(1, Math.floor(MAX_CELLS / Math.max(1, grid.columns))));
  const cut = rows < grid.rows ? ` First ${rows} of ${grid.rows} rows; the day or hour-of-day modes list every row.` : '';
  return (
    <table className="ahm-sr-only">
      <caption>{`${caption}.${cut}`}</caption>
      <thead>
        <tr>
          <th scope="col">{words?.rowHeading ?? 'Account'}</th>
          {grid.columnLabels.map((label, c) => (
            <th key={c} scope="col">{grid.markedColumns?.[c] ? `${label} (off-hours)` : label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rowLabels.slice(0, rows).map((label, r) => (
          <tr key={label}>
            <th scope="row"><FeedText text={label} max={48} />
              {grid.markedRows?.[r] ? ' (privileged)' : ''}</th>
            {grid.columnLabels.map((_, c) => {
              const cell = r * grid.columns + c;
              return <td key={c}>{`${grid.values[cell] ?? 0}${marks[grid.highlight[cell] ?? 0] ?? ''}`}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
