import { useQuery } from '@tanstack/react-query';
import type { ExportWindowQuery } from '../../analysis/export-volume/exportWindow';
import { feedQueries } from '../../queries/feedQueries';
import { useUrlState } from '../../state/urlState';
import { AccountExportChart } from '../../ui/charts/AccountExportChart';
import { ErrorState } from '../../ui/ErrorState';

/**
 * The account's exports per hour against its own baseline and its role peers (the export-volume view's per-account
 * question, asked again here). A brush zoom goes into the URL and narrows the event table to the same hours.
 */
export function AccountExports({ revision, account, time }: { revision: string; account: string; time: ExportWindowQuery }) {
  const [, update] = useUrlState();
  const view = useQuery(feedQueries.accountExports(revision, account, time));
  if (view.error) return <ErrorState title="This account's exports could not be charted" message={view.error.message} />;
  if (view.data === undefined) return <p role="status">Working…</p>;
  if (view.data === null) return <p className="account-muted">This account exported nothing in this feed.</p>;
  const data = view.data;
  return (
    <>
      {data.projection && <p className="account-warn">{data.projection}</p>}
      <AccountExportChart
        points={data.points}
        shaded={data.shaded}
        brush={data.brush}
        zone={data.zone}
        ticks={data.window.ticks}
        description={data.description}
        height={260}
        onZoom={(zoom) => update({ from: zoom?.from, to: zoom?.to })}
      />
      {data.anomalies.length > 0 && (
        <ul className="account-flags">
          {data.anomalies.map((a) => (
            <li key={`${a.kind}-${a.from}`}>
              <strong>{a.kind === 'bulk' ? 'Bulk' : 'Trickle'}:</strong> {a.explanation}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
