import { techniqueLabel } from '../../analysis/incident-timeline/detectionInfo';
import type { UnassignedDetections } from '../../analysis/incident-timeline/unassignedDetections';
import { AccountLink } from '../../state/AppLink';
import { FeedText } from '../../ui/FeedText';
import { formatDuration, formatInt } from '../../ui/format';
import { severityStyle } from '../../ui/kill-chain/severityStyle';
import { formatShort } from '../../ui/kill-chain/timelineFormat';

const SHOWN_GROUPS = 50;

/** Detections outside every incident, by account (or host) and burst: nothing the feed carries is hidden. */
export function UnassignedDetectionsList({ unassigned, zone }: { unassigned: UnassignedDetections; zone: string }) {
  if (unassigned.total === 0) return <p>Every detection in the feed belongs to an incident.</p>;
  const { groups } = unassigned;
  return (
    <>
      <p>
        {formatInt(unassigned.total)} detections belong to no incident, from {formatInt(groups.length)} accounts or hosts. Detections less than{' '}
        {formatDuration(unassigned.gapMs)} apart are grouped.
      </p>
      <table className="unassigned-table">
        <thead>
          <tr>
            <th scope="col">Account or host</th>
            <th scope="col">Detections</th>
            <th scope="col">Worst</th>
            <th scope="col">When, and what</th>
          </tr>
        </thead>
        <tbody>
          {groups.slice(0, SHOWN_GROUPS).map((group) => (
            <tr key={`${group.account ?? ''}|${group.subject ?? ''}`}>
              <th scope="row">{group.account ? <AccountLink account={group.account} /> : <FeedText text={group.subject ?? 'no account or host'} />}</th>
              <td className="number">{formatInt(group.count)}</td>
              <td>{severityStyle(group.worst).label}</td>
              <td>
                <ul className="unassigned-windows">
                  {group.windows.slice(0, 3).map((w) => (
                    <li key={w.start}>
                      {formatShort(w.start, zone)}
                      {w.end > w.start && ` – ${formatShort(w.end, zone)}`}: {formatInt(w.count)} × {w.techniques.map((t) => techniqueLabel(t)).join(', ')}
                      {w.rules.length > 0 && (
                        <span className="timeline-muted">
                          {' '}
                          (<FeedText text={w.rules.map((r) => r.name).join('; ')} />)
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
                {group.windowCount > 3 && <span className="timeline-muted">and {formatInt(group.windowCount - 3)} earlier bursts</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {groups.length > SHOWN_GROUPS && (
        <p className="timeline-muted">
          {formatInt(groups.length - SHOWN_GROUPS)} more accounts or hosts with {formatInt(groups.slice(SHOWN_GROUPS).reduce((s, g) => s + g.count, 0))} detections: open an account to see them.
        </p>
      )}
    </>
  );
}
