import { useCallback } from 'react';
import type { AccessHeatmapQuery } from '../../analysis/access-heatmap/accessHeatmap';
import type { ViewProps } from '../../queries/loadFeed';
import { useUrlState } from '../../state/urlState';
import { ErrorState } from '../../ui/ErrorState';
import { AccessHeatmapChart } from './AccessHeatmapChart';
import { FlaggedAccounts } from './FlaggedAccounts';
import { HeatmapContext } from './HeatmapContext';
import { HeatmapControls } from './HeatmapControls';
import { HeatmapLegend } from './HeatmapLegend';
import { useAccessHeatmap } from './useAccessHeatmap';

/** Access heatmap: wires the URL (range, columns, order, filter, fit) and the worker's grid to the pieces that draw it. */
export function AccessHeatmapPanel({ feed }: ViewProps) {
  const [url, update] = useUrlState();
  const query: AccessHeatmapQuery = {
    range: url.range,
    from: url.from,
    to: url.to,
    mode: url.heatmap ?? 'hour-of-day',
    order: url.heatmapOrder ?? 'score',
    privilegedOnly: url.privileged === '1',
  };
  const heatmap = useAccessHeatmap(feed.revision, query);
  const model = heatmap.data;
  const onOpenAccount = useCallback((account: string) => update({ view: 'account', account }), [update]);
  return (
    <div className="access-view">
      <h1>Access heatmap</h1>
      {model && <HeatmapContext model={model} />}
      {model && <FlaggedAccounts flagged={model.flagged} />}
      <HeatmapControls query={query} fit={url.heatmapRows === 'fit'} onChange={update} />
      <HeatmapLegend />
      {heatmap.error ? (
        <ErrorState title="The access heatmap could not be built" message={heatmap.error.message} />
      ) : model ? (
        <AccessHeatmapChart model={model} fit={url.heatmapRows === 'fit'} onOpenAccount={onOpenAccount} />
      ) : (
        <p role="status">Working…</p>
      )}
    </div>
  );
}
