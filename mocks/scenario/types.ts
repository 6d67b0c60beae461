import type { FeedEventInput } from '../../src/feed/schema';

export const SYSTEM = 'customer-contact';

export type Role = 'agent' | 'team-lead' | 'support-admin' | 'service';

/** An event before it is written out: `ts` in epoch ms, so the sink can filter and sort without parsing. */
export type DraftEvent = FeedEventInput & { ts: number };

/** Where generators put events; the sink keeps only those inside the feed's window. */
export interface EventSink {
  /** True when the event was kept. */
  add(event: DraftEvent): boolean;
}

export type Shift = 'day' | 'evening' | 'night' | 'office';

/** A person's working rhythm: every account its own, drawn once from the seed. */
export interface HumanProfile {
  id: string;
  name: string;
  role: Exclude<Role, 'service'>;
  privileged: boolean;
  shift: Shift;
  /** Local minutes after midnight. */
  startMinute: number;
  lengthMinutes: number;
  /** Minutes into the shift when the break starts. */
  breakAfter: number;
  breakMinutes: number;
  /** Some people log out for their break and back in after it. */
  breakLogout: boolean;
  ratePerHour: number;
  searchShare: number;
  adminShare: number;
  /** Chance of working, by ISO weekday − 1. */
  workProbability: readonly number[];
  homeIp: string;
  vpnIp: string;
  vpnShare: number;
  host: string;
  typoRate: number;
  /** The team lead who runs the month-end export (a decoy). */
  monthEndExport: boolean;
}

export type ServiceJob = 'reporting' | 'crm-sync' | 'ivr' | 'monitoring';

export interface ServiceProfile {
  id: string;
  name: string;
  role: 'service';
  privileged: boolean;
  job: ServiceJob;
  ip: string;
  host: string;
}
