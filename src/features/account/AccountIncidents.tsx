import { useQuery } from '@tanstack/react-query';
import type { AccountIncident } from '../../analysis/account/accountProfile';
import { feedQueries } from '../../queries/feedQueries';
import { AccountLink, AppLink } from '../../state/AppLink';
import { ErrorState } from '../../ui/ErrorState';
import { FeedText } from '../../ui/FeedText';
import { formatDateTime, formatInt } from '../../ui/format';
import { KillChainLanesChart } from '../../ui/kill-chain/KillChainLanesChart';
import { inertText } from '../../feed/rejects';

interface AccountIncidentsProps {
  revision: string;
  account: string;
  incidents: readonly AccountIncident[];
  /** The incident in the URL, if any. */
  selected: string | undefined;
  zone: string;
}

/** The incidents the account has detections in (pick one to narrow the lanes), and its detections on the kill chain. */
export function AccountIncidents({ revision, account, incidents, selected, zone }: AccountIncidentsProps) {
  const lanes = useQuery(feedQueries.accountLanes(revision, account, selected ?? null));
  const shown = lanes.data?.incident ?? null;
  return (
    <>
      {incidents.length > 0 ? (
        <ul className="account-incidents">
          <li className={shown === null ? 'selected' : undefined}>
            <AppLink to={{ incident: undefined }} aria-current={shown === null ? 'page' : undefined}>
              All detections
            </AppLink>
          </li>
          {incidents.map((incident) => (
            <li key={incident.id} className={shown === incident.id ? 'selected' : undefined}>
              <AppLink to={{ incident: incident.id }} aria-current={shown === incident.id ? 'page' : undefined}>
                <strong>
                  <FeedText text={incident.id} max={40} />
                </strong>{' '}
                {incident.title && <FeedText text={incident.title} max={80} />}
              </AppLink>{' '}
              <span className={`status status-${incident.status ?? 'unknown'}`}>{incident.status ?? 'status unknown'}</span>
              <div className="account-muted">
                {formatInt(incident.detections)} detection{incident.detections === 1 ? '' : 's'} of this account · {formatDateTime(incident.first, zone)} – {formatDateTime(incident.last, zone)} ·{' '}
                <AppLink to={{ view: 'incidents', incident: incident.id, from: undefined, to: undefined }}>whole incident</AppLink>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        (lanes.data?.lanes.counts.detections ?? 0) > 0 && <p className="account-muted">None of its detections belongs to an incident.</p>
      )}
      {lanes.data?.incidentIgnored && (
        <p role="alert" className="account-warn">
          This account has no detection in incident <FeedText text={selected ?? ''} />: showing all of its detections.
        </p>
      )}
      {lanes.error ? (
        <ErrorState title="The kill-chain lanes could not be built" message={lanes.error.message} />
      ) : lanes.data ? (
        lanes.data.lanes.counts.detections > 0 ? (
          <KillChainLanesChart
            lanes={lanes.data.lanes}
            ticks={lanes.data.ticks}
            zone={zone}
            title={`Kill-chain lanes of ${inertText(account, 48)}'s detections${shown ? ` in ${inertText(shown, 40)}` : ''}`}
            renderAccount={(a) => <AccountLink account={a} />}
          />
        ) : (
          <p>No detection names this account.</p>
        )
      ) : (
        <p role="status">Working…</p>
      )}
    </>
  );
}
