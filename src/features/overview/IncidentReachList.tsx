import type { IncidentReach } from '../../analysis/incidentReach';
import { getTactic } from '../../attack/catalogue';
import { AccountLink, AppLink } from '../../state/AppLink';
import { formatDateTime } from '../../ui/format';
import { FeedText } from '../../ui/FeedText';

export function IncidentReachList({ incidents, zone }: { incidents: readonly IncidentReach[]; zone: string }) {
  if (incidents.length === 0) return <p>The feed names no incidents.</p>;
  return (
    <ul className="incident-reach">
      {incidents.map((incident) => (
        <li key={incident.id}>
          <AppLink to={{ view: 'incidents', incident: incident.id }}>
            <strong>
              <FeedText text={incident.id} max={40} />
            </strong>{' '}
            {incident.title && <FeedText text={incident.title} max={100} />}
          </AppLink>{' '}
          <span className={`status status-${incident.status ?? 'unknown'}`}>{incident.status ?? 'status unknown'}</span>
          <div>
            {incident.furthest ? `Reached ${getTactic(incident.furthest)?.name ?? incident.furthest}` : 'No detection placed on the kill chain'} ·{' '}
            {incident.detections} detections
            {incident.first !== null && incident.last !== null && ` · ${formatDateTime(incident.first, zone)} – ${formatDateTime(incident.last, zone)}`}
          </div>
          {incident.accounts.length > 0 && (
            <div className="accounts">
              Accounts:{' '}
              {incident.accounts.map((a, i) => (
                <span key={a}>
                  {i > 0 && ', '}
                  <AccountLink account={a} />
                </span>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
