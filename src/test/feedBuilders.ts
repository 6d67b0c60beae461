import type { FeedEnvelopeInput, FeedEventInput } from '../feed/schema';
import type { IngestSettings } from '../feed/settings';

export const TEST_SETTINGS: IngestSettings = {
  timezone: 'Europe/Amsterdam',
  businessHours: { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] },
  privileged: { accountPatterns: ['^sup-adm-'], roles: ['support-admin'] },
  now: Date.parse('2026-02-12T06:00:00Z'),
};

let counter = 0;

/** A valid access event; override what the test is about. */
export function makeEvent(overrides: Partial<FeedEventInput> = {}): FeedEventInput {
  counter++;
  return { id: `e-${counter}`, ts: '2026-02-11T09:00:00Z', account: 'agent-001', action: 'view', system: 'customer-contact', ...overrides };
}

export function envelope(events: FeedEventInput[], rest: Omit<FeedEnvelopeInput, 'events'> = {}): FeedEnvelopeInput {
  return { schema: 'breachline/v1', ...rest, events };
}
