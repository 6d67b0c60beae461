import { revealText, truncateText } from './revealText';

interface FeedTextProps {
  text: string;
  /** Display cut for long values; the full text is in the tooltip and the raw view. */
  max?: number;
}

/**
 * Any string that came from a feed. Rendered as React text (never markup); hidden and direction-changing
 * characters are made visible so look-alike names are told apart; bidi is isolated so a name cannot reorder
 * the text around it.
 */
export function FeedText({ text, max = 120 }: FeedTextProps) {
  const { shown, cut } = truncateText(text, max);
  const parts = revealText(shown);
  const hasHidden = parts.some((p) => p.kind === 'hidden');
  return (
    <bdi className={hasHidden ? 'feed-text feed-text-suspicious' : 'feed-text'} title={cut || hasHidden ? text : undefined}>
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <span key={i} className="hidden-char" aria-label={`hidden character ${part.code}`}>
            ⟨{part.code}⟩
          </span>
        ),
      )}
    </bdi>
  );
}
