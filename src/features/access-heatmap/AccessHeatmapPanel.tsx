import { useCallback } from 'react';
import type { AccessHeatmapQuery } from '../../analysis/access-heatmap/accessHeatmap';
import { HEATMAP_RANGES } from '../../analysis/access-heatmap/heatmapWindows';
import type { ViewProps } from '../../queries/loadFeed';
import { useUrlState } from '../../state/urlState';
import { ErrorState } from '../../ui/ErrorState';
import { PresetRangeSlots } from '../../ui/PreDrawnSlot';
import { HeatmapRangeSlot } from './HeatmapRangeSlot';
import { FlaggedAccounts } from './FlaggedAccounts';
import { HeatmapContext } from './HeatmapContext';
import { HeatmapControls } from './HeatmapControls';
import { HeatmapLegend } from './HeatmapLegend';
import { useAccessHeatmap } from './useAccessHeatmap';

/**
 * Access heatmap: wires the URL (range, columns, order, filter, fit) and the worker's grid to the pieces that draw it.
 * The grid is drawn for every preset range and both answers to "privileged only", the shown one in the flow and the
 * others hidden and drawn when the page is idle (their answers asked of the worker then): on the 1M feed, drawing
 * 2,600 accounts' grid at a range click was 120–150 ms on a slow machine, and cutting it to the privileged ~90 ms,
 * most of it DOM and canvas. A click that shows a drawn copy is a style change. The columns and the order are not
 * drawn ahead: three modes would be three times the copies.
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
  // The hidden copies wait for the shown grid's answer: a new mode or order must not queue behind five others.
  const ready = heatmap.isSuccess && !heatmap.isPlaceholderData;
  const live = { revision: feed.revision, mode: query.mode, order: query.order, privilegedOnly: query.privilegedOnly, fit: url.heatmapRows === 'fit', onOpenAccount, ready };
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
          <PresetRangeSlots ranges={HEATMAP_RANGES} query={{ range: query.range, from: query.from, to: query.to }} ready={ready} timeProp="time" live={live} Draw={HeatmapRangeSlot} />
        </div>
      ) : (
        <p role="status">Working…</p>
      )}
    </div>
  );
}
