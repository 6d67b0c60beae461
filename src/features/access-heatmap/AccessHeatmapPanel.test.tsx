import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { feedWith } from '../../../mocks/overrides';
import { shiftActivity } from '../../analysis/access-heatmap/shiftActivity';
import type { FeedEnvelopeInput } from '../../feed/schema';
import { envelope } from '../../test/feedBuilders';
import { renderApp } from '../../test/renderApp';

// A night agent who always works nights, and a support admin who works office hours until a week of 01:00–03:00.
const events = [
  ...shiftActivity({ account: 'ag-night', from: '2026-01-13', days: 30, hours: [22, 23, 0, 1, 2, 3, 4, 5], perHour: 1 }),
  ...shiftActivity({ account: 'sup-adm-07', from: '2026-01-13', days: 30, hours: [9, 10, 11, 13, 14, 15, 16], weekdays: [1, 2, 3, 4, 5] }),
  ...shiftActivity({ account: 'sup-adm-07', from: '2026-02-05', days: 7, hours: [1, 2], perHour: 8 }),
];
const feed = (meta: FeedEnvelopeInput['meta'] = {}) => envelope(events, { meta: { generatedAt: '2026-02-12T06:00:00Z', ...meta } });
const heatmap = (name: RegExp = /^access heatmap/i) => screen.findByRole('application', { name });
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((th) => th.textContent);

test('shows accounts by hour with the privileged intruder pinned first, and says whose clock and hours it uses', async () => {
  server.use(feedWith(feed()));
  renderApp('/?view=access');

  expect(await heatmap(/2 accounts by hour of day/i)).toBeInTheDocument();
  expect(screen.getByText(/Hours in/)).toHaveTextContent("Hours in Europe/Amsterdam (from the app's config). Business hours 08:00–18:00, Mon–Fri (from the app's config)");
  const table = screen.getByRole('table', { name: /access heatmap/i });
  expect(rowsOf(table)).toEqual(['sup-adm-07 (privileged)', 'ag-night']);
  // The screen reader's table says, account by account, what the canvas outlines: the admin's nights are alarms,
  // the night shift's are not.
  const alarms = within(table).getAllByRole('columnheader').findIndex((th) => th.textContent === 'Alarms: privileged use off-hours');
  const [admin, night] = within(table).getAllByRole('row').slice(1).map((tr) => within(tr).getAllByRole('cell').map((td) => td.textContent));
  expect(admin?.[alarms - 1]).toBe('01:00–02:00; 02:00–03:00');
  expect(night?.[alarms - 1]).toBe('none');
  expect(table).toHaveAccessibleName(/one row per account\.$/);
  expect(within(screen.getByRole('region', { name: /unusual off-hours use/i })).getAllByRole('link').map((a) => a.textContent)).toEqual(['sup-adm-07']);
});

test('a feed that names its zone and hours is judged by them, and the view says so', async () => {
  server.use(feedWith(feed({ timezone: 'Asia/Kolkata', businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6] } })));
  renderApp('/?view=access');
  await heatmap();
  expect(screen.getByText(/Hours in/)).toHaveTextContent("Hours in Asia/Kolkata (from the feed's meta). Business hours 09:00–17:00, Mon–Sat (from the feed's meta)");
});

test('arrow keys move over the cells and the focused cell is read out: account, hour, count, how unusual', async () => {
  server.use(feedWith(feed()));
  const { user } = renderApp('/?view=access');
  const grid = await heatmap();
  grid.focus();
  await user.keyboard('{ArrowRight}{ArrowRight}');
  expect(screen.getByRole('status', { name: 'Focused cell' })).toHaveTextContent(/^sup-adm-07 \(privileged\)\. 02:00–03:00\. \d+ events\. Level high: never active at this hour before; usual for its peers \(same role\) \(50% of a typical active hour\); off-hours; privileged account\. Judged by its own history\.$/);
  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('status', { name: 'Focused cell' })).toHaveTextContent(/^ag-night\. 02:00–03:00\. \d+ events\. Level info: as busy as a typical hour for this account; off-hours\. Judged by its own history\.$/);
});

test('Enter on a cell, or a click on a row label, opens that account’s drill-down', async () => {
  server.use(feedWith(feed()));
  const { user } = renderApp('/?view=access');
  const grid = await heatmap();
  grid.focus();
  await user.keyboard('{ArrowDown}{Enter}');
  expect(new URLSearchParams(location.search).get('account')).toBe('ag-night');
  expect(new URLSearchParams(location.search).get('view')).toBe('account');

  history.back();
  await heatmap();
  await user.click(within(screen.getByRole('list', { name: 'Rows' })).getByRole('link', { name: 'sup-adm-07' }));
  await waitFor(() => expect(location.search).toBe('?view=account&account=sup-adm-07'));
});

test('the other preset ranges are asked for while the page is idle, and a range click shows the chosen one', async () => {
  server.use(feedWith(feed()));
  const { user, client } = renderApp('/?view=access&range=7d');
  await heatmap(/2 accounts by hour of day/i);
  const ranges = () =>
    client
      .getQueryCache()
      .findAll({ queryKey: ['feed', 'access'], predicate: (q) => q.state.data !== undefined })
      .map((q) => (q.queryKey[3] as { range: string; privilegedOnly: boolean }).range)
      .sort();
  await waitFor(() => expect(ranges()).toEqual(['24h', '30d', '7d']));
  await user.click(screen.getByRole('radio', { name: '24 hours' }));
  expect(screen.getByRole('radio', { name: '24 hours' })).toBeChecked();
  expect(new URLSearchParams(location.search).get('range')).toBe('24h');
});

test('sort, filter and columns live in the URL', async () => {
  server.use(feedWith(feed()));
  const { user } = renderApp('/?view=access');
  await heatmap();
  await user.click(screen.getByRole('radio', { name: 'Name' }));
  await waitFor(() => expect(new URLSearchParams(location.search).get('heatmapOrder')).toBe('name'));

  await user.click(screen.getByRole('checkbox', { name: 'Privileged only' }));
  expect(await heatmap(/1 account by hour of day/i)).toBeInTheDocument();
  expect(rowsOf(screen.getByRole('table', { name: /access heatmap/i }))).toEqual(['sup-adm-07 (privileged)']);

  await user.click(screen.getByRole('radio', { name: 'Hours' }));
  expect(await heatmap(/1 account by hour$/i)).toBeInTheDocument();
  expect(location.search).toContain('heatmap=hours');
});

test('privileged only, on and off: one heatmap is announced at a time, the copy drawn ahead for the other stays hidden', async () => {
  server.use(feedWith(feed()));
  const { user } = renderApp('/?view=access');
  await heatmap(/2 accounts by hour of day/i);
  // Every range's grid, all accounts and privileged only, is drawn once the page is idle; only one is announced.
  await waitFor(() => expect(document.querySelectorAll('.ahm')).toHaveLength(6), { timeout: 10_000 });
  expect(screen.getAllByRole('application')).toHaveLength(1);
  expect(screen.getAllByRole('table', { name: /access heatmap/i })).toHaveLength(1);

  await user.click(screen.getByRole('checkbox', { name: 'Privileged only' }));
  expect(await heatmap(/1 account by hour of day/i)).toBeInTheDocument();
  expect(screen.getAllByRole('application')).toHaveLength(1);
  expect(rowsOf(screen.getByRole('table', { name: /access heatmap/i }))).toEqual(['sup-adm-07 (privileged)']);

  await user.click(screen.getByRole('checkbox', { name: 'Privileged only' }));
  expect(await heatmap(/2 accounts by hour of day/i)).toBeInTheDocument();
  expect(screen.getAllByRole('application')).toHaveLength(1);
  expect(rowsOf(screen.getByRole('table', { name: /access heatmap/i }))).toEqual(['sup-adm-07 (privileged)', 'ag-night']);
});
