import type { StripCell } from '../analysis/incident-timeline/killChainStrip';

interface KillChainStripProps {
  cells: readonly StripCell[];
  /** The furthest tactic in words; null when nothing was placed on the kill chain. */
  furthestName: string | null;
  /** 'compact' drops the words under the strip: a wall card shows them in its own heading. */
  size?: 'normal' | 'compact';
}

/**
 * The 14 Enterprise tactics in kill-chain order, reached ones filled. Filled vs hollow is the cue (not colour
 * alone), and the whole strip reads as one sentence to a screen reader: an image of spans, not a list, because
 * role="img" hides its children and a list item outside a list is an error (axe: listitem).
 */
export function KillChainStrip({ cells, furthestName, size = 'normal' }: KillChainStripProps) {
  const reached = cells.filter((c) => c.reached);
  const words = furthestName ? `Reached ${furthestName}` : 'Not placed on the kill chain';
  const label = `${words}: ${reached.length} of ${cells.length} tactics (${reached.map((c) => c.name).join(', ') || 'none'})`;
  return (
    <div className={`kill-chain-strip kill-chain-strip-${size}`}>
      <div role="img" aria-label={label} className="kill-chain-cells">
        {cells.map((cell) => (
          <span
            key={cell.tacticId}
            title={`${cell.name} (${cell.tacticId}): ${cell.reached ? 'reached' : 'not reached'}`}
            className={`kill-chain-cell${cell.reached ? ' reached' : ''}${cell.furthest ? ' furthest' : ''}`}
          />
        ))}
      </div>
      {size === 'normal' && (
        <p className="kill-chain-words" aria-hidden="true">
          {words}
          <span className="kill-chain-count"> · {reached.length} of {cells.length} tactics</span>
        </p>
      )}
    </div>
  );
}
