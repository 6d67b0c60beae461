import { memo } from 'react';
import type { RankedAccount } from '../../analysis/export-volume/exportOverview';
import { AccountLink } from '../../state/AppLink';
import { formatCompact } from '../../ui/format';
import { hourLabel } from '../../ui/charts/chartTime';
import { AccountSparkline } from './AccountSparkline';
import { formatRatio } from './formatRatio';
import { inertText } from '../../feed/rejects';

interface AnomalousAccountsListProps {
  ranked: readonly RankedAccount[];
  unusual: readonly RankedAccount[];
  zone: string;
  selected: string | null;
  onSelect: (account: string) => void;
}

// Colour is never the only carrier: each kind has its own word and symbol too.
const KIND_LABEL = { bulk: '▲ Bulk', trickle: '≈ Trickle' } as const;

function Row({ a, rank, zone, selected, onSelect }: { a: RankedAccount; rank: number | null; zone: string; selected: boolean; onSelect: (account: string) => void }) {
  const tone = rank === null ? 'unusual' : a.kind;
  const baseline = Number.isFinite(a.ratio) ? `${formatRatio(a.ratio)} baseline` : 'none expected';
  return (
    <li className={`ev-row ev-row-${tone}`} aria-current={selected ? 'true' : undefined}>
      <span className="ev-rank">{rank ?? '·'}</span>
      <span className="ev-who">
        <AccountLink account={a.account} />
        <span className="ev-role">{a.role ?? 'no role'}</span>
      </span>
      <span className={`ev-kind ev-kind-${tone}`}>{rank === null ? `${KIND_LABEL[a.kind]}, not ranked` : KIND_LABEL[a.kind]}</span>
      <span className="ev-figures">
        <strong>+{formatCompact(a.excessRecords)}</strong> records · {baseline} · since {hourLabel(zone)(a.from)}
      </span>
      <AccountSparkline values={a.sparkline} tone={tone} />
      <button type="button" aria-pressed={selected} aria-label={`Chart of ${inertText(a.account, 48)}`} onClick={() => onSelect(a.account)}>
        Chart
      </button>
      <details className="ev-why">
        <summary>Why</summary>
        <p>{a.explanation}</p>
      </details>
    </li>
  );
}

/** The accounts most above their baselines, ranked by records above baseline; then those unusual only for themselves. */
export const AnomalousAccountsList = memo(function AnomalousAccountsList({ ranked, unusual, zone, selected, onSelect }: AnomalousAccountsListProps) {
  return (
    <>
      {ranked.length === 0 ? (
        <p className="ev-none">No account exported beyond its learned baseline in this range.</p>
      ) : (
        <ol className="ev-ranking" aria-label="Accounts ranked by records exported above their baseline">
          {ranked.map((a, i) => (
            <Row key={`${a.account}-${a.kind}`} a={a} rank={i + 1} zone={zone} selected={selected === a.account} onSelect={onSelect} />
          ))}
        </ol>
      )}
      {unusual.length > 0 && (
        <>
          <h3 className="ev-unusual-title">Unusual for the account, within the organisation’s normal flow</h3>
          <ul className="ev-ranking ev-unusual" aria-label="Unusual for the account, not ranked">
            {unusual.map((a) => (
              <Row key={`${a.account}-${a.kind}`} a={a} rank={null} zone={zone} selected={selected === a.account} onSelect={onSelect} />
            ))}
          </ul>
        </>
      )}
    </>
  );
});
