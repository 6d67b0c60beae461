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
          `the past ${s.baselineDays} days, today left out, silent days included: for most accounts that is zero at ` +
          `most hours. The band reaches up to where an hour would turn amber.`,
      },
      {
        title: 'Bulk',
        text:
          `An hour is compared with the account's own hours that had an export over the past ${s.baselineDays} days ` +
          `(median and 1.4826 × the median absolute deviation of log(1 + records), never below ${s.scaleFloor}): hours ` +
          `of one slot are mostly silent, and their median and spread would make every export look infinite, or hide ` +
          `a dump in a spread as wide as the silence. Amber at a score of ${s.amberZ}, red at ${s.redZ}; never below ` +
          `${count(s.floorRecordsPerHour)} records an hour; an amber hour must also be above the ` +
          `${Math.round(s.roleQuantile * 100)}th percentile of its role at that hour. A bulk is ranked when, in one of ` +
          `its hours, the whole system's export was red against the system's own hours (or the system normally exports ` +
          `nothing at that hour); otherwise it is listed as unusual for the account, not ranked.`,
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
          `P99 over the same days (a total over n days varies less than a day: its spread is floored at ` +
          `${s.scaleFloor} ÷ √n).`,
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
