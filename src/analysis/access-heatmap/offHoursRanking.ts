import type { IngestedFeed } from '../../feed/ingestFeed';
import type { OffHoursFlag } from '../analyzeFeed';
import { analyseOffHours } from './analyseOffHours';
import { heatmapWindows } from './heatmapWindows';
import { OFF_HOURS_RULES, type OffHoursRules } from './offHoursRules';

/** The `analyze --json` contract: accounts whose off-hours use in the last week was unusual, highest score first. */
export function offHoursRanking(feed: IngestedFeed, rules: OffHoursRules = OFF_HOURS_RULES): OffHoursFlag[] {
  const windows = heatmapWindows(feed.context.now, '7d', {}, rules);
  const { timeline, scores, privileged } = analyseOffHours(feed, windows, rules);
  const flags: OffHoursFlag[] = [];
  timeline.accounts.forEach((account, row) => {
    const score = scores.score[row] as number;
    if (score <= 0) return;
    flags.push({ account, privileged: privileged[row] === 1, offHoursEvents: scores.offHoursEvents[row] as number, score: Math.round(score * 100) / 100 });
  });
  return flags.sort((a, b) => b.score - a.score || (a.account < b.account ? -1 : 1));
}
