import { memo, useCallback, useMemo } from 'react';
import type { AccessHeatmap, HeatmapRow } from '../../analysis/access-heatmap/accessHeatmap';
import { explainCell } from '../../analysis/access-heatmap/explainCell';
import { AppLink } from '../../state/AppLink';
import { FeedText } from '../../ui/FeedText';
import { formatInt } from '../../ui/format';
import { AccountHeatmap } from '../../ui/heatmap/AccountHeatmap';
import type { HeatmapGrid } from '../../ui/heatmap/heatmapGrid';
import { AccessSummaryTable } from './AccessSummaryTable';

const COLUMN_WORDS = { 'hour-of-day': 'hour of day', days: 'day', hours: 'hour' } as const;

function RowLabel({ row }: { row: HeatmapRow }) {
  return (
    <span className="ahm-row">
      {row.privileged && <span className="ahm-priv" title="Privileged account">PRIV</span>}
      <AppLink to={{ view: 'account', account: row.account }} className="ahm-account">
        <FeedText text={row.account} max={28} />
      </AppLink>
      {row.score > 0 && <span className="ahm-score" title="Off-hours score">{Math.round(row.score)}</span>}
    </span>
  );
}

/**
 * The access model as the canvas heatmap's props: field mapping only, the grid itself came ready from the worker.
 * Memoised with stable callbacks: while the worker works on a new question the old model stays, and nothing here
 * re-renders for a click on a control.
 */
export const AccessHeatmapChart = memo(function AccessHeatmapChart({ model, fit, onOpenAccount }: { model: AccessHeatmap; fit: boolean; onOpenAccount: (account: string) => void }) {
  const grid = useMemo<HeatmapGrid>(
    () => ({
      rows: model.rows.length,
      columns: model.columns.labels.length,
      values: model.counts,
      maxValue: model.maxCount,
      rowLabels: model.rows.map((r) => r.account),
      columnLabels: model.columns.labels,
      axisLabels: model.columns.axis,
      highlight: model.highlight,
      markedColumns: model.columns.offPolicy,
      markedRows: Uint8Array.from(model.rows, (r) => (r.privileged ? 1 : 0)),
    }),
    [model],
  );
  const describeCell = useCallback(
    (row: number, column: number) => {
      const cell = explainCell(model, row, column);
      const privileged = model.rows[row]?.privileged ? ' (privileged)' : '';
      return { heading: `${cell.account}${privileged}`, lines: [cell.when, `${formatInt(cell.count)} ${cell.count === 1 ? 'event' : 'events'}`, `${cell.level === 'normal' ? 'Normal' : `Level ${cell.level}`}: ${cell.unusual}`] };
    },
    [model],
  );
  const renderRowLabel = useCallback((row: number) => (model.rows[row] ? <RowLabel row={model.rows[row]} /> : null), [model]);
  const onRowActivate = useCallback((row: number) => model.rows[row] && onOpenAccount(model.rows[row].account), [model, onOpenAccount]);
  if (model.rows.length === 0) {
    return <p className="ahm-empty">No {model.query.privilegedOnly ? 'privileged ' : ''}account was active in this range.</p>;
  }
  const label = `Access heatmap: ${model.rows.length} ${model.rows.length === 1 ? 'account' : 'accounts'} by ${COLUMN_WORDS[model.query.mode]}`;
  return (
    <AccountHeatmap
      grid={grid}
      label={label}
      describeCell={describeCell}
      renderRowLabel={renderRowLabel}
      onRowActivate={onRowActivate}
      fit={fit}
      table={<AccessSummaryTable model={model} caption={label} />}
    />
  );
});
