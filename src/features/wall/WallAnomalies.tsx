import type { WallAnomaly } from '../../analysis/wall/wallAnomalies';
import { FeedText } from '../../ui/FeedText';
import { WallNewBadge } from './WallNewBadge';

const KIND = { bulk: { icon: '▲', word: 'Bulk' }, trickle: { icon: '≋', word: 'Trickle' } } as const;

/** Top export anomalies of the week: who, how much (the big number), against what, and when. */
export function WallAnomalies({ anomalies, fresh }: { anomalies: readonly WallAnomaly[]; fresh: ReadonlySet<string> }) {
  return (
    <section className="wall-panel wall-anomalies" aria-labelledby="wall-anomalies-title">
      <h2 id="wall-anomalies-title">Exports above baseline · last 7 days</h2>
      {anomalies.length === 0 ? (
        <p className="wall-none">
          <span aria-hidden="true">✓ </span>No account exported beyond its learned baseline this week.
        </p>
      ) : (
        <ol className="wall-list">
          {anomalies.map((a) => (
            <li key={a.key} className={`wall-anomaly wall-level-${a.level}${fresh.has(a.key) ? ' wall-fresh' : ''}`}>
              <p className="wall-anomaly-who">
                <span className={`wall-kind wall-kind-${a.kind}`}>
                  <span aria-hidden="true">{KIND[a.kind].icon} </span>
                  {KIND[a.kind].word}
                </span>
                <FeedText text={a.label} max={32} />
                {fresh.has(a.key) && <WallNewBadge />}
              </p>
              <p className="wall-anomaly-size">{a.recordsText}</p>
              <p className="wall-anomaly-when">
                {a.whenText} · <strong>{a.ratioText}</strong>
                {a.ongoing && a.kind === 'bulk' && <span className="wall-ongoing"> · still going</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
