import type { FeedEnvelopeInput, FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent } from '../../test/feedBuilders';
import deployedConfig from '../../../public/config.json';

// Small feeds for the wall's component tests: an incident that reached Exfiltration, with customer data in the raw
// records (a message, an address) that the wall must never show.

export const CUSTOMER_DATA = ['Jan Jansen', 'NL91ABNA0417164300', '203.0.113.7', 'customer-contact'];

const alert = (minute: number, overrides: Partial<FeedEventInput>) =>
  makeEvent({ ts: Date.parse('2026-02-11T01:00:00Z') + minute * 60_000, action: 'alert', severity: 'high', ...overrides });

const incident = (id: string, tactics: string[], account: string): FeedEventInput[] =>
  tactics.map((tactic, i) =>
    alert(i * 10, {
      id: `${id}-${i}`,
      account,
      incident: id,
      attack: { tactic },
      ip: '203.0.113.7',
      message: `Viewed Jan Jansen, IBAN NL91ABNA0417164300 (${i})`,
    }),
  );

/** One open incident (by sup-adm-07, reached Exfiltration); `withSecond` adds a second one, by sup-adm-04. */
export function wallFeed(withSecond = false): FeedEnvelopeInput {
  // Night-time record views by sup-adm-07: a row in the off-hours strip.
  const views = [0, 1, 2].map((i) => makeEvent({ ts: Date.parse('2026-02-11T01:20:00Z') + i * 60_000, account: 'sup-adm-07', action: 'view', ip: '203.0.113.7' }));
  const events = [...views, ...incident('INC-1', ['TA0001', 'TA0009', 'TA0010'], 'sup-adm-07'), ...(withSecond ? incident('INC-2', ['TA0001'], 'sup-adm-04') : [])];
  const incidents = [
    { id: 'INC-1', title: 'Covert exports by sup-adm-07', status: 'open' as const },
    ...(withSecond ? [{ id: 'INC-2', title: 'New address login by sup-adm-04', status: 'open' as const }] : []),
  ];
  return envelope(events, {
    meta: { generatedAt: '2026-02-12T06:00:00Z' },
    accounts: [{ id: 'sup-adm-07', role: 'support-admin' }, { id: 'sup-adm-04', role: 'support-admin' }],
    incidents,
  });
}

/** The shipped config with a fast refresh and these wall settings. */
export const wallConfig = (wall: Record<string, unknown> = {}, refreshSeconds = 5) => ({
  ...deployedConfig,
  feeds: deployedConfig.feeds.map((f) => ({ ...f, refreshSeconds })),
  wall: { ...deployedConfig.wall, ...wall },
});
