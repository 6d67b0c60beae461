import type { KillChainLanes } from '../../analysis/incident-timeline/killChainLanes';
import { techniqueLabel } from '../../analysis/incident-timeline/detectionInfo';
import { AccountLink } from '../../state/AppLink';
import { FeedText } from '../../ui/FeedText';
import { formatInt } from '../../ui/format';
import { placementNotes } from '../../ui/kill-chain/placementNotes';
import { severityStyle } from '../../ui/kill-chain/severityStyle';
import { formatShort } from '../../ui/kill-chain/timelineFormat';

/** The detections in the window as a table: what the markers show, readable by keyboard and screen reader. */
export function DetectionTable({ lanes, zone }: { lanes: KillChainLanes; zone: string }) {
  const { rows, detections, counts } = lanes;
  const caption =
    rows.length < counts.inWindow
      ? `Detections in view: the first ${formatInt(rows.length)} of ${formatInt(counts.inWindow)} (zoom in to list the rest)`
      : `Detections in view (${formatInt(counts.inWindow)})`;
  return (
    <table className="detection-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Severity</th>
          <th scope="col">ATT&CK</th>
          <th scope="col">Rule</th>
          <th scope="col">Account</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((index) => {
          const d = detections[index];
          if (!d) return null;
          const severity = severityStyle(d.severity);
          return (
            <tr key={d.id}>
              <td className="timeline-nowrap">{formatShort(d.ts, zone)}</td>
              <td>
                <svg width="14" height="14" viewBox="-8 -8 16 16" aria-hidden="true">
                  <path d={severity.glyph} fill={severity.hollow ? 'none' : severity.colour} stroke={severity.hollow ? severity.colour : undefined} />
                </svg>{' '}
                {severity.label}
              </td>
              <td>
                {d.placements.map((p, i) => (
                  <div key={i}>
                    {techniqueLabel(p)} <span className="timeline-muted">({p.tacticName})</span>
                    {placementNotes(p).map((note) => (
                      <div key={note} className="table-flag">
                        {note}
                      </div>
                    ))}
                  </div>
                ))}
              </td>
              <td>{d.rule ? <FeedText text={d.rule} /> : d.ruleId ? <FeedText text={d.ruleId} /> : '—'}</td>
              <td>{d.account ? <AccountLink account={d.account} /> : <FeedText text={d.host ?? d.ip ?? '—'} />}</td>
              <td>{d.message ? <FeedText text={d.message} max={160} /> : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
