/**
 * The constants of the off-hours method, in one place so the view, the tooltips and the tests name the same
 * numbers. None is fitted to the demo: each is a round value with the reason beside it.
 */
export interface OffHoursRules {
  /** "Now": the days up to the range end whose off-hours activity is scored. A week holds every weekday once. */
  scoreDays: number;
  /** History: the days before "now" that say what is usual for an account (the 28 days). */
  historyDays: number;
  /** Own history is trusted once it holds this many events … */
  minHistoryEvents: number;
  /** … over at least this many days (the rule); before that the role's profile stands in. */
  minHistoryDays: number;
  /**
   * The history is cut into parts of about this many events (2 to `maxParts`): enough that an empty hour in a
   * part means "never works then", not chance (a night agent logs about one event an hour).
   */
  eventsPerPart: number;
  maxParts: number;
  /** A part with fewer events (a fortnight's leave) says nothing about hours and is skipped. */
  minPartEvents: number;
  /** An hour is rare when its smoothed count is below this share of the account's typical active hour. */
  rareBelow: number;
  /** Privilege doubles an account's score: the same night at a privileged account can export the database. */
  privilegeWeight: number;
  /** An export in the same unusual hour counts half again: that is data leaving, not only a login. */
  exportWeight: number;
}

export const OFF_HOURS_RULES: OffHoursRules = {
  scoreDays: 7,
  historyDays: 28,
  minHistoryEvents: 50,
  minHistoryDays: 14,
  eventsPerPart: 100,
  maxParts: 4,
  minPartEvents: 10,
  rareBelow: 0.2,
  privilegeWeight: 2,
  exportWeight: 1.5,
};
