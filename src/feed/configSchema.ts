import { z } from 'zod';
import { businessHoursSchema, timestampSchema } from './schema';
import { isValidTimezone, privilegePolicySchema } from './settings';

const zone = z.string().refine(isValidTimezone, { message: 'not an IANA time zone (e.g. Europe/Amsterdam)' });

const regexSource = z.string().refine(
  (pattern) => {
    try {
      new RegExp(pattern);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

const origin = z.string().refine(
  (value) => {
    try {
      return new URL(value).origin === value;
    } catch {
      return false;
    }
  },
  { message: 'an origin is scheme://host[:port] with no path, e.g. https://siem.example.org' },
);

export const feedSourceConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  label: z.string().min(1),
  /** Relative to the app, or absolute. The built-in demo is `demo/feed.json`, answered by MSW. */
  url: z.string().min(1),
  demo: z.boolean().default(false),
  refreshSeconds: z.number().min(5).max(86_400).default(60),
});

/** public/config.json: what one deployment decides. Validated on load; a bad file is shown, not a blank page. */
export const appConfigSchema = z.object({
  feeds: z.array(feedSourceConfigSchema).min(1),
  defaultFeed: z.string().optional(),
  timezone: zone.default('UTC'),
  businessHours: businessHoursSchema.default({ start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] }),
  privileged: privilegePolicySchema.extend({ accountPatterns: z.array(regexSource).default([]) }).default({ accountPatterns: [], roles: [] }),
  allowedFeedOrigins: z.array(origin).default([]),
  maxFeedMegabytes: z.number().positive().max(2048).default(300),
  demo: z.object({ seed: z.number().int().default(7), now: timestampSchema.optional() }).default({ seed: 7 }),
  wall: z
    .object({ maskAccounts: z.boolean().default(false), rotateSeconds: z.number().min(0).default(0) })
    .default({ maskAccounts: false, rotateSeconds: 0 }),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export type FeedSourceConfig = z.infer<typeof feedSourceConfigSchema>;
