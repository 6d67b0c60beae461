import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ExportMeasure } from '../../analysis/export-volume/exportOverview';
import type { ExportWindowQuery } from '../../analysis/export-volume/exportWindow';
import { feedQueries } from '../../queries/feedQueries';
import type { ViewProps } from '../../queries/loadFeed';
import { useUrlState } from '../../state/urlState';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';
import { AccountExportPanel } from './AccountExportPanel';
import { AnomalousAccountsList } from './AnomalousAccountsList';
import type { ZoomHandler } from '../../ui/charts/brushZoom';
import { ExportMethodHelp } from './ExportMethodHelp';
import { ExportRangeControls } from './ExportRangeControls';
import { SystemExportChart } from './SystemExportChart';
import { usePrefetchedRanges } from './usePrefetchedRanges';

/**
 * Export volume: wires the URL (range, zoom, selected account) and the worker's series to the pieces that draw
 * them. Records/bytes, the log scale and the help panel are ways of looking, not state worth a link: kept here.
 *
 * A chart is ~50–100 ms of recharts work at 720 points, so every prop the charts get is stable across renders (the
 * worker's answer object, memoised queries and callbacks): a control click re-renders the controls, and each chart
 * only once its own answer arrives.
 */
export function ExportVolumePanel({ feed }: ViewProps) {
  const [url, update] = useUrlState();
  const [measure, setMeasure] = useState<ExportMeasure>('records');
  const [logScale, setLogScale] = useState(false);
  // The checkbox shows its new state at once; the charts redraw with the new scale in a render that yields.
  const chartLogScale = useDeferredValue(logScale);
  const [helpOpen, setHelpOpen] = useState(false);
  const { range, from, to } = url;
  // The controls show a new range at once; the charts follow in a render that yields (two charts of 720 points are
  // ~100 ms of recharts work, even with both series already in the cache).
  const windowQuery = useDeferredValue(useMemo<ExportWindowQuery>(() => ({ range, from, to }), [range, from, to]));
  const overview = useQuery(feedQueries.exportOverview(feed.revision, { ...windowQuery, measure }));
  const data = overview.data;
  const selected = url.account ?? data?.ranked[0]?.account ?? data?.unusual[0]?.account ?? null;
  usePrefetchedRanges(feed.revision, windowQuery.range, windowQuery.from !== undefined || windowQuery.to !== undefined, measure, selected, Boolean(data) && !overview.isPlaceholderData);
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
            {/* Title and units follow the series on screen (data.measure), not the toggle: until the worker answers
                in bytes, the chart still shows records and must say so. */}
            <Panel title={data.measure === 'bytes' ? 'Whole system: bytes exported per hour' : 'Whole system: records exported per hour'}>
              <SystemExportChart points={data.points} marks={data.marks} brush={data.brush} zone={data.zone} ticks={data.window.ticks} measure={data.measure} logScale={chartLogScale} description={data.description} onZoom={onZoom} />
            </Panel>
            {selected && <AccountExportPanel revision={feed.revision} account={selected} query={windowQuery} logScale={chartLogScale} onZoom={onZoom} />}
          </div>
        </div>
      ) : (
        <p role="status">Working…</p>
      )}
    </div>
  );
}
