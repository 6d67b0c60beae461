import type { ExportVolumeSettings } from './exportVolumeSettings';
import { count } from './wording';

export interface ExportMethod {
  /** Headed paragraphs in plain words, written from the thresholds the analysis ran with. */
  sections: { title: string; text: string }[];
}

/** The method and its thresholds, said so an analyst can check a flag by hand. */
export function exportMethod(s: ExportVolumeSettings): ExportMethod {
  return {
    sections: [
      {
        title: 'Hours',
        text:
          `Exports are summed per hour of the organisation's own clock (daylight saving included), in records, ` +
          `worked on as log(1 + records) so a jump from 100 to 1,000 weighs like one from 10,000 to 100,000.`,
      },
      {
        title: 'Expected and band',
        text:
          `Expected = the median of the same hour of the day, on the same kind of day (business day or not), over ` +
          `the past ${s.baselineDays} days, today left out. Spread = 1.4826 × the median absolute deviation, never ` +
          `below ${s.scaleFloor} (a factor ${Math.exp(s.scaleFloor).toFixed(2)}). The band is where the score stays below ${s.amberZ}.`,
      },
      {
        title: 'Bulk',
        text:
          `An hour scores as the smaller of two robust z-scores: against the same hour on past days, and against the ` +
          `account's past hours that had an export (so an account that exports now and then is not alarming every ` +
          `time it does). Amber at ${s.amberZ}, red at ${s.redZ}; never below ${count(s.floorRecordsPerHour)} records ` +
          `an hour, and an amber hour must also be above the ${Math.round(s.roleQuantile * 100)}th percentile of its ` +
          `role for that hour. A bulk is ranked when, in one of its hours, the whole system's exports were red against ` +
          `the system's own band; otherwise it is listed as unusual for the account.`,
      },
      {
        title: 'Trickle',
        text:
          `Each day is split into business hours and the rest. Each part is scored against the same part of days of ` +
          `the same kind ${s.referenceToDays}–${s.referenceFromDays} days back (frozen: never a day of the run being ` +
          `scored, so a slow ramp cannot become its own baseline): the median and spread of the days that had ` +
          `exports, and how often there were such days. A one-sided CUSUM adds each day's score less ${s.cusumSlack} ` +
          `(at most ${s.cusumDayCap} a day) and alarms above ${s.cusumThreshold}, when the run has added at least ` +
          `${count(s.floorRecordsPerDay)} records a day without its largest day, and its total is above its role's ` +
          `P99 over the same days.`,
      },
      {
        title: 'New accounts and whole histories',
        text:
          `An account is judged against itself after ${s.minHistoryDays} days and ${s.minActiveHours} hours with an ` +
          `export; before that against its role (roles need 3 peers that export), and nobody before the feed holds ` +
          `${s.minFeedDays} days. An account whose last ${s.cumulativeDays} days (its largest day left out) exceed its ` +
          `role's P99 (median + 2.326 spreads) is flagged as a trickle too: its whole history may be inflated.`,
      },
      {
        title: 'Ranking',
        text: 'By records exported above the baseline (the score is its base-10 logarithm): what matters most is what left.',
      },
    ],
  };
}
