import type { WallHeadline as Headline } from '../../analysis/wall/wallHeadline';
import { FeedText } from '../../ui/FeedText';

const TONE = {
  alarm: { icon: '⚠', word: 'Attention' },
  watch: { icon: '◆', word: 'Watch' },
  calm: { icon: '✓', word: 'Calm' },
} as const;

/** The one sentence read from across the room; the tone is a word and an icon as well as a colour. */
export function WallHeadline({ headline }: { headline: Headline }) {
  const tone = TONE[headline.tone];
  return (
    <section className={`wall-headline wall-tone-${headline.tone}`} aria-label="What needs attention now">
      <p className="wall-headline-text">
        <span className="wall-tone">
          <span aria-hidden="true">{tone.icon} </span>
          {tone.word}
        </span>
        {/* Account labels inside are feed text: shown as text, hidden characters made visible. */}
        <FeedText text={headline.text} max={160} />
      </p>
      {headline.also.length > 0 && (
        <ul className="wall-headline-also" aria-label="Also">
          {headline.also.map((line) => (
            <li key={line}>
              <FeedText text={line} max={160} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
