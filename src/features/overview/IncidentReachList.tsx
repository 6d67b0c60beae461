import type { IncidentReach } from '../../analysis/incidentReach';
import { getTactic } from '../../attack/catalogue';
import { AccountLink, AppLink } from '../../state/AppLink';
import { formatDateTime } from '../../ui/format';

export function IncidentReachList({ incidents, zone }: { incidents: readonly IncidentReach[]; zone: string }) {
  if (incidents.length === 0) return <p>The feed names no incidents.</p>;
  return (
    <ul className="incident-reach">
      {incidents.map((incident) => (
        <li key={incident.id}>
          <AppLink to={{ view: 'incidents', incident: incident.id }}>
            <strong>{incident.id}</strong> {incident.title ?? ''}
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
