import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { feedText } from '../../mocks/overrides';
import { TEST_SETTINGS } from '../test/feedBuilders';
import { renderApp } from '../test/renderApp';

// A feed of hourly sums (issue 12) in the views an analyst opens: the same app, a second entry point.
const HOUR = 3_600_000;
const now = TEST_SETTINGS.now;
const buckets: { account: string; start: number; minutes: number; events: number; exports?: number; records?: number; bytes?: number }[] = [];
for (let h = 24 * 20; h > 0; h--) {
  const start = now - h * HOUR;
  const hour = new Date(start).getUTCHours();
  if (hour >= 8 && hour < 17) buckets.push({ account: 'agent-001', start, minutes: 60, events: 12 });
  // The last three nights: a privileged account at 01–03 UTC (02–04 in Amsterdam), exporting.
  if (h < 72 && hour >= 1 && hour <= 3) buckets.push({ account: 'sup-adm-07', start, minutes: 60, events: 6, exports: 2, records: 40_000, bytes: 9_000_000 });
}
const feed = JSON.stringify({
  schema: 'breachline/v1',
  meta: { generatedAt: new Date(now).toISOString(), timezone: 'Europe/Amsterdam', source: 'siem hourly sums' },
  events: [{ id: 'd-1', ts: now - 2 * HOUR, account: 'sup-adm-07', action: 'alert', severity: 'high', rule: { id: 'R-113', name: 'Export volume above baseline' }, attack: { tactic: 'TA0010', technique: 'T1567' }, incident: 'INC-9' }],
  buckets,
});

describe('a feed of hourly sums', () => {
  test('the overview counts the buckets and the events they stand for, and flags the exporting admin', async () => {
    server.use(feedText(feed));
    renderApp('/?view=overview');
    const words = await screen.findByText(/as \d+ hourly sums/);
    const bucketEvents = buckets.reduce((n, b) => n + b.events, 0);
    expect(words).toHaveTextContent(`${(bucketEvents + 1).toLocaleString('en')} events (${bucketEvents.toLocaleString('en')} as ${buckets.length} hourly sums, 1 raw)`);
    expect((await screen.findAllByText(/sup-adm-07/)).length).toBeGreaterThan(0);
  });

  test('the access heatmap ranks the admin first for off-hours use', async () => {
    server.use(feedText(feed));
    renderApp('/?view=access');
    const grid = await screen.findByRole('application', { name: /^access heatmap/i });
    expect(grid).toBeInTheDocument();
    expect((await screen.findAllByText(/sup-adm-07/)).length).toBeGreaterThan(0);
  });

  test("the account page opens on a bucket-only account and lists its raw detection", async () => {
    server.use(feedText(feed));
    renderApp('/?view=account&account=sup-adm-07');
    expect(await screen.findByRole('table', { name: 'Events of sup-adm-07' })).toBeInTheDocument();
    expect(await screen.findByText(/R-113|Export volume above baseline/)).toBeInTheDocument();
  });
});
