import type { ExportAnomaly } from '../../analysis/exportVolumeRanking';
import { AccountLink } from '../../state/AppLink';
import { formatCompact, formatDateTime } from '../../ui/format';

/** The interim volume ranking (last 24 h against each account's median day) until issue #4's baseline lands. */
export function TopExportsList({ anomalies, zone }: { anomalies: readonly ExportAnomaly[]; zone: string }) {
  if (anomalies.length === 0) return <p>No account exported more than its usual day in the last 24 hours.</p>;
  return (
    <ol className="top-exports">
      {anomalies.map((a) => (
        <li key={a.account}>
          <AccountLink account={a.account} /> +{formatCompact(a.excessRecords)} records over its median day, since {formatDateTime(a.from, zone)}
        </li>
      ))}
    </ol>
  );
}
