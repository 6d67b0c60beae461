import './zodWithoutEval.ts';
import { z } from 'zod';

// The Breachline feed v1 (../shared/design/FEED.md), written once. Every feed type is inferred from here and the
// published JSON Schema (/schema/breachline-v1.json) is generated from these same objects.

export const MAX_TEXT = 100_000; // a 50 MB "name" is an attack on the renderer, not a name

const text = z.string().max(MAX_TEXT);
const nonEmptyText = z.string().min(1).max(MAX_TEXT);

// A bare local time is ambiguous across DST, so only epoch ms or RFC 3339 with an offset.
export const timestampSchema = z.union([
  z.number().int().min(0).max(8.64e15),
  z.iso.datetime({ offset: true, local: false }),
]);

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24 h)');

export const businessHoursSchema = z.object({
  start: clockTime,
  end: clockTime,
  days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
});

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export const severitySchema = z.enum(SEVERITIES);

export const attackRefSchema = z.looseObject({
  tactic: nonEmptyText.optional(),
  technique: nonEmptyText.optional(),
});

// looseObject: unknown fields survive for the drill-down but are never interpreted.
export const feedEventSchema = z.looseObject({
  id: nonEmptyText,
  ts: timestampSchema,
  account: nonEmptyText.optional(), // required unless the event is a detection: checked in normaliseEvent
  host: text.optional(),
  action: nonEmptyText,
  system: text.optional(),
  records: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  bytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  ip: text.optional(),
  severity: severitySchema.optional(),
  rule: z.looseObject({ id: nonEmptyText, name: text.optional() }).optional(),
  attack: z.union([attackRefSchema, z.array(attackRefSchema)]).optional(),
  incident: nonEmptyText.optional(),
  message: text.optional(),
});

export const feedAccountSchema = z.looseObject({
  id: nonEmptyText,
  name: text.optional(),
  role: text.optional(),
  privileged: z.boolean().optional(),
});

export const feedIncidentSchema = z.looseObject({
  id: nonEmptyText,
  title: text.optional(),
  status: z.enum(['open', 'contained', 'closed']).optional(),
  opened: timestampSchema.optional(),
});

export const feedMetaSchema = z.looseObject({
  source: text.optional(),
  generatedAt: timestampSchema.optional(),
  timezone: nonEmptyText.optional(),
  businessHours: businessHoursSchema.optional(),
});

// Hourly sums a SIEM computed for one account (FEED v1, "buckets"): what the cluster sends instead of a billion raw
// events. `minutes` may be an hour or a part of one (folded into its hour); the views read hours.
export const BUCKET_MINUTES = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60] as const;
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const feedBucketSchema = z.looseObject({
  account: nonEmptyText,
  start: timestampSchema,
  minutes: z.number().refine((m) => (BUCKET_MINUTES as readonly number[]).includes(m), 'expected 60, or minutes that divide an hour (1, 5, 15, 30…)'),
  /** Activity events of the account in the bucket (detections stay raw events). */
  events: count,
  /** How many of those were exports (action "export", or records/bytes > 0). */
  exports: count.optional(),
  records: count.optional(),
  bytes: count.optional(),
  system: text.optional(),
});

// The envelope's lists are validated record by record (a bad account must not sink the feed), so here they are
// only "arrays of something"; the record schemas above say what each element must be.
export const feedEnvelopeSchema = z.looseObject({
  schema: z.literal('breachline/v1').optional(),
  meta: feedMetaSchema.optional(),
  accounts: z.array(feedAccountSchema).optional(),
  incidents: z.array(feedIncidentSchema).optional(),
  // A feed of hourly sums still carries `events` (its raw detections, or []), so a v1 reader that knows no buckets
  // reads it as a valid, quieter feed.
  events: z.array(feedEventSchema),
  buckets: z.array(feedBucketSchema).optional(),
});

export type FeedEvent = z.infer<typeof feedEventSchema>;
export type FeedEventInput = z.input<typeof feedEventSchema>;
export type FeedAccount = z.infer<typeof feedAccountSchema>;
export type FeedIncident = z.infer<typeof feedIncidentSchema>;
export type FeedBucket = z.infer<typeof feedBucketSchema>;
export type FeedMeta = z.infer<typeof feedMetaSchema>;
export type FeedEnvelopeInput = z.input<typeof feedEnvelopeSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type BusinessHours = z.infer<typeof businessHoursSchema>;
export type FeedAttackRef = z.infer<typeof attackRefSchema>;
