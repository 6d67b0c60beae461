import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
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

/**
 * Export volume: wires the URL (range, zoom, selected account) and the worker's series to the pieces that draw
 * them. Records/bytes, the log scale and the help panel are ways of looking, not state worth a link: kept here.
 */
export function ExportVolumePanel({ feed }: ViewProps) {
  const [url, update] = useUrlState();
  const [measure, setMeasure] = useState<ExportMeasure>('records');
  const [logScale, setLogScale] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const windowQuery: ExportWindowQuery = { range: url.range, from: url.from, to: url.to };
  const overview = useQuery(feedQueries.exportOverview(feed.revision, { ...windowQuery, measure }));
  const data = overview.data;
  const selected = url.account ?? data?.ranked[0]?.account ?? data?.unusual[0]?.account ?? null;
  const onZoom: ZoomHandler = (zoom) => update({ from: zoom?.from, to: zoom?.to }, 'replace');

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
        onRange={(range) => update({ range, from: undefined, to: undefined })}
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
              <AnomalousAccountsList ranked={data.ranked} unusual={data.unusual} zone={data.zone} selected={selected} onSelect={(account) => update({ account }, 'replace')} />
            </Panel>
          </div>
          <div className="ev-charts">
            <Panel title={measure === 'bytes' ? 'Whole system: bytes exported per hour' : 'Whole system: records exported per hour'}>
              <SystemExportChart points={data.points} marks={data.marks} brush={data.brush} zone={data.zone} ticks={data.window.ticks} measure={measure} logScale={logScale} description={data.description} onZoom={onZoom} />
            </Panel>
            {selected && <AccountExportPanel revision={feed.revision} account={selected} query={windowQuery} logScale={logScale} onZoom={onZoom} />}
          </div>
        </div>
      ) : (
        <p role="status">Working…</p>
      )}
    </div>
  );
}
