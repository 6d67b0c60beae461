import type { CSSProperties } from 'react';
import { FeedText } from '../FeedText';

/** A cell in words: the heading (who: feed text) and lines (when, how many, how unusual). Plain text, never markup. */
export interface CellWords {
  heading: string;
  lines: string[];
}

export function HeatmapTooltip({ words, style }: { words: CellWords; style: CSSProperties }) {
  return (
    <div role="tooltip" className="ahm-tooltip" style={style}>
      <strong><FeedText text={words.heading} max={60} /></strong>
      {words.lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
