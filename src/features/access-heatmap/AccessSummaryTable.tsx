import { memo, useMemo } from 'react';
import type { AccessHeatmap } from '../../analysis/access-heatmap/accessHeatmap';
import { heatmapSummary } from '../../analysis/access-heatmap/heatmapSummary';
import { FeedText } from '../../ui/FeedText';
import { formatInt } from '../../ui/format';

/** Rows a screen reader gets; the canvas's arrow keys reach the rest, cell by cell. */
const ROWS = 200;
/** Flagged columns named per account before "and N more". */
const NAMED = 6;

const listed = (titles: readonly string[]) =>
  titles.length === 0 ? 'none' : `${titles.slice(0, NAMED).join('; ')}${titles.length > NAMED ? `; and ${titles.length - NAMED} more` : ''}`;

/**
 * The access heatmap for assistive technology, visually hidden: one row per account with the columns it flags. Not a
 * cell per canvas cell: that was a 6,000-cell layout on every first draw, and in the hours mode it reached 8 accounts.
 * Memoised on the model: hover and focus must not re-render it.
 */
export const AccessSummaryTable = memo(function AccessSummaryTable({ model, caption }: { model: AccessHeatmap; caption: string }) {
  const summary = useMemo(() => heatmapSummary(model, ROWS), [model]);
  const cut = summary.leftOut > 0 ? ` The first ${ROWS} of ${formatInt(model.rows.length)} accounts, in the heatmap’s order; its arrow keys reach every cell.` : '';
  return (
    <table className="ahm-sr-only">
      <caption>{`${caption}, one row per account.${cut}`}</caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col">Role</th>
          <th scope="col">Events in the range</th>
          <th scope="col">Off-hours events</th>
          <th scope="col">Off-hours score</th>
          <th scope="col">Alarms: privileged use off-hours</th>
          <th scope="col">Unusual for the account</th>
        </tr>
      </thead>
      <tbody>
        {summary.rows.map((row) => (
          <tr key={row.account}>
            <th scope="row"><FeedText text={row.account} max={48} />{row.privileged ? ' (privileged)' : ''}</th>
            <td>{row.role === null ? 'none' : <FeedText text={row.role} max={48} />}</td>
            <td>{formatInt(row.total)}</td>
            <td>{formatInt(row.offHoursEvents)}</td>
            <td>{Math.round(row.score)}</td>
            <td>{listed(row.alarmAt)}</td>
            <td>{listed(row.unusualAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
