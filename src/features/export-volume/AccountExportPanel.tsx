import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import type { ExportWindowQuery } from '../../analysis/export-volume/exportWindow';
import { feedQueries } from '../../queries/feedQueries';
import { AccountLink } from '../../state/AppLink';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';
import { AccountExportChart } from '../../ui/charts/AccountExportChart';
import type { ZoomHandler } from '../../ui/charts/brushZoom';
import { inertText } from '../../feed/rejects';
import { FeedText } from '../../ui/FeedText';

interface AccountExportPanelProps {
  revision: string;
  account: string;
  query: ExportWindowQuery;
  logScale: boolean;
  onZoom: ZoomHandler;
}

/**
 * The selected account's chart, its trickle projection and the sentences behind its flags. Memoised: a records/bytes
 * switch or an answer for the system chart does not touch this account's chart.
 */
export const AccountExportPanel = memo(function AccountExportPanel({ revision, account, query, logScale, onZoom }: AccountExportPanelProps) {
  const view = useQuery(feedQueries.accountExports(revision, account, query));
  const data = view.data;
  return (
    <Panel title={`${inertText(account, 48)}: exports against its own baseline`} actions={<AccountLink account={account} />}>
      {view.error ? (
        <ErrorState title="This account's exports could not be charted" message={view.error.message} />
      ) : data === null ? (
        <p>
          <FeedText text={account} max={48} /> exported nothing in this feed.
        </p>
      ) : data ? (
        <>
          {data.projection && <p className="ev-projection">{data.projection}</p>}
          <AccountExportChart points={data.points} shaded={data.shaded} brush={data.brush} zone={data.zone} ticks={data.window.ticks} description={data.description} logScale={logScale} onZoom={onZoom} />
          <ul className="ev-explanations">
            {data.anomalies.map((a) => (
              <li key={`${a.kind}-${a.from}`}>
                <strong>{a.kind === 'bulk' ? 'Bulk' : 'Trickle'}{a.material ? '' : ' (not ranked)'}:</strong> {a.explanation}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p role="status">Working…</p>
      )}
    </Panel>
  );
});
