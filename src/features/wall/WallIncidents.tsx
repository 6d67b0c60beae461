import type { WallIncidents as Incidents } from '../../analysis/wall/wallIncidents';
import { FeedText } from '../../ui/FeedText';
import { KillChainStrip } from '../../ui/KillChainStrip';
import { WallNewBadge } from './WallNewBadge';

/** Open incidents, furthest along the kill chain first, with the 14-tactic strip (filled = reached). */
export function WallIncidents({ incidents, fresh }: { incidents: Incidents; fresh: ReadonlySet<string> }) {
  const { open, moreOpen, settled } = incidents;
  return (
    <section className="wall-panel wall-incidents" aria-labelledby="wall-incidents-title">
      <h2 id="wall-incidents-title">Open incidents · kill-chain reach</h2>
      {open.length === 0 ? (
        <p className="wall-none">
          <span aria-hidden="true">✓ </span>No open incident.
        </p>
      ) : (
        <ol className="wall-list">
          {open.map((incident) => (
            <li key={incident.key} className={`wall-incident${fresh.has(incident.key) ? ' wall-fresh' : ''}`}>
              <p className="wall-incident-head">
                <span className="wall-incident-id">
                  <FeedText text={incident.id} max={24} />
                </span>
                {fresh.has(incident.key) && <WallNewBadge />}
                <span className="wall-incident-reach">{incident.furthestName ? `Reached ${incident.furthestName}` : 'Not placed on the kill chain'}</span>
              </p>
              {incident.title && (
                <p className="wall-incident-title">
                  <FeedText text={incident.title} max={70} />
                </p>
              )}
              <KillChainStrip cells={incident.strip} furthestName={incident.furthestName} size="compact" />
              <p className="wall-incident-counts">
                {incident.reached} of {incident.strip.length} tactics · {incident.accounts} {incident.accounts === 1 ? 'account' : 'accounts'} · {incident.detections} {incident.detections === 1 ? 'detection' : 'detections'}
              </p>
            </li>
          ))}
        </ol>
      )}
      {(moreOpen > 0 || settled > 0) && (
        <p className="wall-more">
          {moreOpen > 0 && `${moreOpen} more open. `}
          {settled > 0 && `${settled} contained or closed.`}
        </p>
      )}
    </section>
  );
}
