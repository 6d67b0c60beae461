import type { WallOffHours } from '../../analysis/wall/wallOffHours';
import { FeedText } from '../../ui/FeedText';
import { COLOURS, rampCss, rampIndex } from '../../ui/heatmapPalette';

const MARK = {
  alarm: { glyph: '!', words: 'off-hours and rare for this account' },
  unusual: { glyph: '?', words: 'rare for this account' },
} as const;

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * Privileged accounts by hour of day over the last week, in the access heatmap's colours: activity in one blue ramp,
 * the alarm (off-hours, rare for the account) a solid orange cell with "!", rare hours "?", off-hours columns hatched
 * and named. A table, so a screen reader reads each account's row.
 */
export function WallOffHoursStrip({ offHours }: { offHours: WallOffHours }) {
  const { hours, rows, maxCount } = offHours;
  return (
    <section className="wall-panel wall-offhours" aria-labelledby="wall-offhours-title">
      <h2 id="wall-offhours-title">
        Privileged accounts off-hours · last 7 days by hour
        <span className="wall-offhours-count"> · {offHours.flagged} of {plural(offHours.privilegedActive, 'account')} flagged</span>
      </h2>
      {rows.length === 0 ? (
        <p className="wall-none">No privileged account was active this week.</p>
      ) : (
        <table className="wall-strip">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col" className="wall-strip-score">Score</th>
              {hours.map((hour, h) => (
                <th key={hour} scope="col" className={offHours.offHours[h] ? 'wall-off' : undefined}>
                  {hour}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  <FeedText text={row.label} max={28} />
                </th>
                <td className={row.score > 0 ? 'wall-strip-score wall-flagged' : 'wall-strip-score'}>{row.score}</td>
                {row.counts.map((count, h) => {
                  const mark = row.marks[h] ? MARK[row.marks[h]] : null;
                  const style = mark ? undefined : count > 0 ? { background: rampCss(rampIndex(count, maxCount)) } : undefined;
                  const className = [mark ? `wall-mark-${row.marks[h]}` : '', offHours.offHours[h] ? 'wall-off' : ''].join(' ').trim() || undefined;
                  return (
                    <td key={hours[h]} className={className} style={style} title={`${hours[h]}:00, ${plural(count, 'event')}${mark ? `: ${mark.words}` : ''}`}>
                      {mark ? <span aria-hidden="true">{mark.glyph}</span> : null}
                      <span className="wall-sr">{count > 0 ? `${plural(count, 'event')}${mark ? `, ${mark.words}` : ''}` : 'none'}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="wall-legend" aria-label="Legend">
        <li>
          <span className="wall-legend-ramp" aria-hidden="true" style={{ background: `linear-gradient(90deg, ${rampCss(1)}, ${rampCss(63)})` }} />
          more events → lighter
        </li>
        <li>
          <span className="wall-legend-cell wall-mark-alarm" aria-hidden="true" style={{ background: COLOURS.alarm }}>!</span>
          off-hours, rare for the account
        </li>
        <li>
          <span className="wall-legend-cell wall-mark-unusual" aria-hidden="true">?</span>
          rare for the account
        </li>
        <li>
          <span className="wall-legend-cell wall-off" aria-hidden="true" />
          outside business hours
        </li>
      </ul>
    </section>
  );
}
