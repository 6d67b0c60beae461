import type { IncidentListItem } from '../../analysis/incident-timeline/incidentList';
import { AccountLink, AppLink } from '../../state/AppLink';
import { FeedText } from '../../ui/FeedText';
import { formatInt } from '../../ui/format';
import { KillChainStrip } from '../../ui/KillChainStrip';
import { formatShort } from '../../ui/kill-chain/timelineFormat';

interface IncidentListProps {
  incidents: readonly IncidentListItem[];
  selected: string | null;
  zone: string;
}

/** Every incident with how far it got; the selected one is the `incident` of the URL. */
export function IncidentList({ incidents, selected, zone }: IncidentListProps) {
  if (incidents.length === 0) return <p>The feed names no incidents.</p>;
  return (
    <ul className="incident-list">
      {incidents.map((incident) => (
        <li key={incident.id} className={incident.id === selected ? 'selected' : undefined}>
          <AppLink to={{ incident: incident.id, from: undefined, to: undefined }} aria-current={incident.id === selected ? 'page' : undefined} className="incident-link">
            <span className="incident-id">
              <FeedText text={incident.id} max={40} />
            </span>{' '}
            {incident.title ? <FeedText text={incident.title} /> : <span className="timeline-muted">untitled</span>}
          </AppLink>
          <div className="incident-facts">
            <span className={`status status-${incident.status ?? 'unknown'}`}>{incident.status ?? 'status unknown'}</span>{' '}
            {formatInt(incident.detections)} detections
            {incident.first !== null && incident.last !== null && (
              <>
                {' · '}
                {formatShort(incident.first, zone)} – {formatShort(incident.last, zone)}
              </>
            )}
          </div>
          <KillChainStrip cells={incident.strip} furthestName={incident.furthestName} />
          {incident.accounts.length > 0 && (
            <div className="incident-accounts">
              Accounts:{' '}
              {incident.accounts.slice(0, 6).map((account, i) => (
                <span key={account}>
                  {i > 0 && ', '}
                  <AccountLink account={account} />
                </span>
              ))}
              {incident.accounts.length > 6 && ` and ${incident.accounts.length - 6} more`}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
