import type { AccessHeatmap } from '../../analysis/access-heatmap/accessHeatmap';
import { OFF_HOURS_RULES } from '../../analysis/access-heatmap/offHoursRules';
import { formatDateTime } from '../../ui/format';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const SOURCE = { feed: "the feed's meta", config: "the app's config" } as const;

/** Consecutive ISO weekdays as a range ("Mon–Fri"), others listed. */
function dayList(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const consecutive = sorted.every((d, i) => i === 0 || d === (sorted[i - 1] ?? 0) + 1);
  const name = (d: number) => DAY_NAMES[d - 1] ?? String(d);
  return consecutive && sorted.length > 2 ? `${name(sorted[0] ?? 1)}–${name(sorted.at(-1) ?? 7)}` : sorted.map(name).join(', ');
}

/** Which clock and which hours the grid is judged by, and where each came from: a screenshot must not be misread. */
export function HeatmapContext({ model }: { model: AccessHeatmap }) {
  const { timezone, timezoneFrom, businessHours, businessHoursFrom } = model.context;
  const { score, history } = model.windows;
  return (
    <p className="ahm-context">
      Hours in <strong>{timezone}</strong> (from {SOURCE[timezoneFrom]}). Business hours <strong>{businessHours.start}–{businessHours.end}, {dayList(businessHours.days)}</strong> (from {SOURCE[businessHoursFrom]}); everything else is off-hours.
      {' '}Off-hours score: {formatDateTime(score.start, timezone)} to {formatDateTime(score.end, timezone)}, against each account’s own {OFF_HOURS_RULES.historyDays} days before (from {formatDateTime(history.start, timezone)}) and its role’s.
    </p>
  );
}
