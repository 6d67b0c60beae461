import { TACTICS } from '../../attack/catalogue';
import { formatInt } from '../../ui/format';

/** Detections per tactic in kill-chain order (not ID order), with the empty tactics shown as empty. */
export function TacticCounts({ tactics }: { tactics: Record<string, number> }) {
  return (
    <ol className="tactic-counts">
      {TACTICS.map((t) => (
        <li key={t.id} className={tactics[t.id] ? 'reached' : undefined}>
          <span className="tactic-name">{t.name}</span> <span className="tactic-id">{t.id}</span>{' '}
          <span className="tactic-count">{formatInt(tactics[t.id] ?? 0)}</span>
        </li>
      ))}
    </ol>
  );
}
