import { useCallback } from 'react';
import type { AccessHeatmapQuery } from '../../analysis/access-heatmap/accessHeatmap';
import type { ViewProps } from '../../queries/loadFeed';
import { useUrlState } from '../../state/urlState';
import { ErrorState } from '../../ui/ErrorState';
import { PreDrawnSlot } from '../../ui/PreDrawnSlot';
import { AccessHeatmapSlot } from './AccessHeatmapSlot';
import { FlaggedAccounts } from './FlaggedAccounts';
import { HeatmapContext } from './HeatmapContext';
import { HeatmapControls } from './HeatmapControls';
import { HeatmapLegend } from './HeatmapLegend';
import { useAccessHeatmap } from './useAccessHeatmap';

/**
 * Access heatmap: wires the URL (range, columns, order, filter, fit) and the worker's grid to the pieces that draw it.
 * The grid is drawn for both answers to "privileged only", the other one hidden and drawn when the page is idle: on
 * the 1M feed, cutting the grid and drawing it at the click was ~90 ms on a slow machine, most of it DOM and canvas.
 */
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
  const slot = { revision: feed.revision, range: query.range, from: query.from, to: query.to, mode: query.mode, order: query.order, fit: url.heatmapRows === 'fit', onOpenAccount };
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
        <div className="ahm-slots">
          {[false, true].map((privilegedOnly) => (
            <PreDrawnSlot key={String(privilegedOnly)} shown={privilegedOnly === query.privilegedOnly} ready live={{ ...slot, privilegedOnly }} Draw={AccessHeatmapSlot} />
          ))}
        </div>
      ) : (
        <p role="status">Working…</p>
      )}
    </div>
  );
}
