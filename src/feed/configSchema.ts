import './zodWithoutEval.ts';
import { z } from 'zod';
import { compositeAggregationName } from './adapters/compositeAggregationQuery.ts';
import { businessHoursSchema, timestampSchema } from './schema.ts';
import { isValidTimezone, privilegePolicySchema } from './settings.ts';

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
  /**
   * `url` is an Elasticsearch/OpenSearch `_search` endpoint, read page by page through a composite aggregation (README,
   * "Hourly sums from the cluster"). `body` defaults to that section's query, with hours cut in `timezone`.
   */
  search: z
    .object({
      body: z.record(z.string(), z.unknown()).refine((body) => compositeAggregationName(body) !== null, 'the body must hold exactly one composite aggregation (aggs.<name>.composite)').optional(),
      headers: z.record(z.string(), z.string()).default({}),
      maxPages: z.number().int().min(1).max(1_000_000).default(10_000),
    })
    .optional(),
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
    .object({
      // Masked unless a deployment says otherwise: a wall is read by passers-by (README, "Put it on a wall").
      maskAccounts: z.boolean().default(true),
      /** 0: the wall stays on the wall view; otherwise each of `rotate` is shown this long, in turn. */
      rotateSeconds: z.number().min(0).max(86_400).default(0),
      rotate: z.array(z.enum(['wall', 'overview', 'exports', 'access', 'incidents'])).min(1).default(['wall', 'exports', 'access', 'incidents']),
      /** Which of the wall's three panels to show (the headline always is). */
      panels: z.array(z.enum(['exports', 'off-hours', 'incidents'])).min(1).default(['exports', 'off-hours', 'incidents']),
      /** How long an anomaly or incident that arrived with a refresh stays marked NEW. */
      highlightSeconds: z.number().min(0).max(86_400).default(300),
      /** The watchdog refetches after this many refresh intervals without progress … */
      watchdogIntervals: z.number().int().min(2).max(100).default(3),
      /** … and reloads the page (same URL) after this many minutes without progress. */
      reloadAfterMinutes: z.number().min(1).max(1440).default(15),
    })
    .prefault({}),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export type FeedSourceConfig = z.infer<typeof feedSourceConfigSchema>;
