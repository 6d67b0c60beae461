/**
 * Every threshold of the export-volume method in one place, so the help panel states the numbers the code uses.
 * The defaults follow the starting method (Elastic ML / Splunk UBA / Sentinel style, reduced to what can be
 * explained on a wall); they were not fitted to the demo.
 */
export interface ExportVolumeSettings {
  /** Trailing window of the hourly baseline, days (today excluded). */
  baselineDays: number;
  /** An account is judged against its own history once it has this many days… */
  minHistoryDays: number;
  /** …and this many hours with an export inside the window; until then against its role. */
  minActiveHours: number;
  /** Nobody is judged before the feed holds this many days: not even a role has a week's rhythm before. */
  minFeedDays: number;
  /** Floor of the robust scale in log1p units: a series that never varies must not make a small change infinite. */
  scaleFloor: number;
  amberZ: number;
  redZ: number;
  /** Records per hour below which no hour is a bulk flag, whatever its score. */
  floorRecordsPerHour: number;
  /** Role quantile an amber hour must also exceed (red hours need not). */
  roleQuantile: number;
  /** Frozen trickle reference: days t−referenceFromDays … t−referenceToDays, weekdays and off days apart. */
  referenceFromDays: number;
  referenceToDays: number;
  /** Same-class days the trickle reference needs before the account is judged against itself, else its role. */
  minReferenceDays: number;
  cusumSlack: number;
  cusumThreshold: number;
  /** Most one day can add to the trickle statistic: a single big day is the bulk score's business, not a trickle. */
  cusumDayCap: number;
  /** Records per day of the run, on average, below which a trickle alarm is not raised. */
  floorRecordsPerDay: number;
  /** Window of the whole-history check against the role. */
  cumulativeDays: number;
}

export const DEFAULT_EXPORT_VOLUME_SETTINGS: ExportVolumeSettings = {
  baselineDays: 28,
  minHistoryDays: 14,
  minActiveHours: 20,
  minFeedDays: 7,
  scaleFloor: 0.5,
  amberZ: 3.5,
  redZ: 6,
  floorRecordsPerHour: 500,
  roleQuantile: 0.99,
  referenceFromDays: 35,
  referenceToDays: 8,
  minReferenceDays: 3,
  cusumSlack: 0.5,
  cusumThreshold: 5,
  cusumDayCap: 3,
  floorRecordsPerDay: 500,
  cumulativeDays: 30,
};
