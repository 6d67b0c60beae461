import type { ExportAnomaly } from '../../analysis/export-volume/explainAnomaly';
import { AccountLink, AppLink } from '../../state/AppLink';
import { formatCompact, formatDateTime } from '../../ui/format';

/** The export-volume ranking (issue #4): accounts most above their learned baselines, bulk dumps and trickles. */
export function TopExportsList({ anomalies, zone }: { anomalies: readonly ExportAnomaly[]; zone: string }) {
  if (anomalies.length === 0) return <p>No account exported beyond its learned baseline.</p>;
  return (
    <>
      <ol className="top-exports">
        {anomalies.map((a) => (
          <li key={`${a.account}-${a.kind}`}>
            <AccountLink account={a.account} /> <strong>{a.kind}</strong>: +{formatCompact(a.excessRecords)} records above its baseline, since{' '}
            {formatDateTime(a.from, zone)}
          </li>
        ))}
      </ol>
      <p>
        <AppLink to={{ view: 'exports' }}>Export volume: the charts and how each flag was decided</AppLink>
      </p>
    </>
  );
}
