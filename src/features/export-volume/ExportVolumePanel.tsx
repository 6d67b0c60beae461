import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ExportMeasure } from '../../analysis/export-volume/exportOverview';
import type { ExportWindowQuery } from '../../analysis/export-volume/exportWindow';
import { feedQueries } from '../../queries/feedQueries';
import type { ViewProps } from '../../queries/loadFeed';
import { useUrlState } from '../../state/urlState';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';
import { AnomalousAccountsList } from './AnomalousAccountsList';
import type { ZoomHandler } from '../../ui/charts/brushZoom';
import { chartedAccount } from './chartedAccount';
import { ExportMethodHelp } from './ExportMethodHelp';
import { ExportRangeControls } from './ExportRangeControls';
import { ExportRangeSlots } from './ExportRangeSlots';
import { usePrefetchedRanges } from './usePrefetchedRanges';

/**
 * Export volume: wires the URL (range, zoom, selected account) and the worker's series to the pieces that draw
 * them. Records/bytes, the log scale and the help panel are ways of looking, not state worth a link: kept here.
 *
 * A chart is ~50–100 ms of recharts work at 720 points, so every prop the charts get is stable across renders (the
 * worker's answer object, memoised queries and callbacks), and every preset range is drawn ahead, hidden
 * (ExportRangeSlots): a range click re-renders the controls and the list and shows charts already drawn.
 */
export function ExportVolumePanel({ feed }: ViewProps) {
  const [url, update] = useUrlState();
  const [measure, setMeasure] = useState<ExportMeasure>('records');
  const [logScale, setLogScale] = useState(false);
  // The checkbox shows its new state at once; the charts redraw with the new scale in a render that yields. The
  // measure is not deferred: its series is prefetched, and one render that draws both radio and chart paints sooner
  // (62–89 ms against 88–104 ms for records → bytes on the 1M feed, scratch runs).
  const chartLogScale = useDeferredValue(logScale);
  const [helpOpen, setHelpOpen] = useState(false);
  const { range, from, to } = url;
  // The controls show a new range at once; the list and charts follow in a render that yields.
  const windowQuery = useDeferredValue(useMemo<ExportWindowQuery>(() => ({ range, from, to }), [range, from, to]));
  const overview = useQuery(feedQueries.exportOverview(feed.revision, { ...windowQuery, measure }));
  const data = overview.data;
  const selected = chartedAccount(url.account, data);
  const ready = Boolean(data) && !overview.isPlaceholderData;
  usePrefetchedRanges(feed.revision, windowQuery.range, windowQuery.from !== undefined || windowQuery.to !== undefined, measure, selected, ready);
  const onZoom = useCallback<ZoomHandler>((zoom) => update({ from: zoom?.from, to: zoom?.to }, 'replace'), [update]);
  const onSelect = useCallback((account: string) => update({ account }, 'replace'), [update]);

  return (
    <div className="ev-view">
      <h1>Export volume</h1>
      {data && <p className="ev-headline">{data.headline}</p>}
      <ExportRangeControls
        range={url.range}
        measure={measure}
        logScale={logScale}
        zoomed={Boolean(data?.window.zoom)}
        helpOpen={helpOpen}
        onRange={(next) => update({ range: next, from: undefined, to: undefined })}
        onMeasure={setMeasure}
        onLogScale={setLogScale}
        onResetZoom={() => onZoom(null)}
        onHelp={() => setHelpOpen((open) => !open)}
      />
      {helpOpen && data && <ExportMethodHelp method={data.method} />}
      {overview.error ? (
        <ErrorState title="Export volume could not be analysed" message={overview.error.message} />
      ) : data === null ? (
        <p>The feed holds no events to analyse.</p>
      ) : data ? (
        <div className="ev-grid">
          <div className="ev-list">
            <Panel title="Accounts above their baseline">
              <AnomalousAccountsList ranked={data.ranked} unusual={data.unusual} zone={data.zone} selected={selected} onSelect={onSelect} />
            </Panel>
          </div>
          <div className="ev-charts">
            {/* Nobody clicks a wall's screen: there the other ranges are not drawn ahead. */}
            <ExportRangeSlots revision={feed.revision} query={windowQuery} measure={measure} logScale={chartLogScale} account={url.account} onZoom={onZoom} ready={ready && !url.wall} />
          </div>
        </div>
      ) : (
        <p role="status">Working…</p>
      )}
    </div>
  );
}
