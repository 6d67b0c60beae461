/**
 * The ground truth of a generated scenario, for tests of detection methods: what a method should find, and what it
 * must leave alone. Times are epoch ms and describe the plan: when `now` has not reached an act yet, its time is
 * still given, and its events are simply not in the feed.
 */
export interface ScenarioTruth {
  /** false when generated with `attack: { enabled: false }`: the times below are then when it would have happened. */
  attackEnabled: boolean;
  /** The support admin whose stolen credential ran discovery, collection and the nightly trickle. */
  trickleAccount: string;
  /** The privileged account that ran the bulk dump (the trickle account when the plan says so). */
  bulkAccount: string;
  /** The first login with the stolen credential. */
  initialAccess: number;
  /** The first covert export. */
  trickleStart: number;
  /** Records in all trickle exports. */
  trickleRecords: number;
  /** The first export of the dump, and the last. */
  bulkStart: number;
  bulkEnd: number;
  bulkRecords: number;
  /** Addresses the attacker used; no legitimate account ever uses them. */
  attackerIps: string[];
  /** Empty when the attack is disabled. */
  compromisedAccounts: string[];
  decoys: {
    /** Large, regular nightly exports at 02:00 local, triple size after each month end. */
    reportingService: string;
    /** Non-privileged agents whose shift is the night. */
    nightShiftAgents: string[];
    /** Exports 18k–32k records in business hours on the last business day of each month. */
    monthEndTeamLead: string;
    passwordSprayIp: string;
    passwordSprayTargets: string[];
    /** The support admin whose approved role change raised a low alert. */
    benignAdminAccount: string;
    /** Detections in the feed that belong to no incident. */
    unrelatedDetectionIds: string[];
  };
  /** Incidents declared in the feed (opened by now), all open. */
  incidentIds: string[];
  /** Attack detections in the feed. */
  detectionIds: string[];
  /** Those of them that fired a day or more after the activity. */
  lateDetectionIds: string[];
}
