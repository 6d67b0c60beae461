import './zodWithoutEval.ts';
import { z } from 'zod';
import { businessHoursSchema } from './schema.ts';

/** Which accounts count as privileged when the feed does not say. */
export const privilegePolicySchema = z.object({
  accountPatterns: z.array(z.string()).default([]),
  roles: z.array(z.string()).default([]),
});

/** What ingest needs beyond the feed text: the deployment's defaults and the clock, passed in so feed/ stays pure. */
export const ingestSettingsSchema = z.object({
  timezone: z.string().min(1),
  businessHours: businessHoursSchema,
  privileged: privilegePolicySchema,
  /** Epoch ms of "now" when the feed has no meta.generatedAt. */
  now: z.number(),
  /** Several files read as one feed: their labels and byte lengths, in the order their bytes were joined. */
  parts: z.array(z.object({ label: z.string(), bytes: z.number().int().nonnegative() })).optional(),
});

export type PrivilegePolicy = z.infer<typeof privilegePolicySchema>;
export type IngestSettings = z.infer<typeof ingestSettingsSchema>;

export const DEFAULT_BUSINESS_HOURS = { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] } as const;

export function isValidTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
