import type { AccessHeatmap } from '../../analysis/access-heatmap/accessHeatmap';
import { AccountLink } from '../../state/AppLink';

/** The headline, readable from across a room: who used an account at hours unusual for it this week. */
export function FlaggedAccounts({ flagged }: { flagged: AccessHeatmap['flagged'] }) {
  if (flagged.length === 0) return <p className="ahm-flagged">No account was active off-hours at an hour unusual for it this week.</p>;
  return (
    <section className="ahm-flagged" aria-labelledby="ahm-flagged-title">
      <h2 id="ahm-flagged-title">Unusual off-hours use this week</h2>
      <ol>
        {flagged.map((f) => (
          <li key={f.account}>
            <AccountLink account={f.account} />
            {f.privileged && <span className="ahm-priv">PRIV</span>}
            <span className="ahm-score" title="Off-hours score">score {Math.round(f.score)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
