import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { feedFailing, feedText, feedWith } from '../../../mocks/overrides';
import { configWith } from '../../test/configHandlers';
import { renderApp } from '../../test/renderApp';
import { CUSTOMER_DATA, wallConfig, wallFeed } from './wallTestFeed';

// The wall as a passer-by sees it, and as it behaves unattended: refreshes by itself (refetchInterval, 5 s here),
// keeps the last good picture through failures, and comes back on its own.

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const headline = () => screen.findByRole('region', { name: 'What needs attention now' });
/** One refresh interval, and the work it starts. */
const nextRefresh = () => vi.advanceTimersByTimeAsync(5_000);

test('says what needs attention in words, shows the three signals, and has nothing to click', async () => {
  server.use(configWith(wallConfig()), feedWith(wallFeed()));
  renderApp('/?view=wall');

  expect(await headline()).toHaveTextContent(/Attention\s*INC-1 reached Exfiltration: 3 of 14 tactics, 1 account/);
  expect(screen.getByRole('region', { name: 'Exports above baseline · last 7 days' })).toHaveTextContent('No account exported beyond its learned baseline');
  const incidents = screen.getByRole('region', { name: 'Open incidents · kill-chain reach' });
  expect(within(incidents).getByRole('img', { name: /^Reached Exfiltration: 3 of 14 tactics/ })).toBeInTheDocument();
  const strip = screen.getByRole('table');
  expect(within(strip).getAllByRole('row')).toHaveLength(2);
  expect(within(strip).getByRole('rowheader')).toHaveTextContent(/^support-admin #/);
  expect(screen.getByText(/^updated/)).toBeInTheDocument();
  expect(screen.getByLabelText(/^Time now: \d\d:\d\d:\d\d/)).toBeInTheDocument();
  expect(screen.queryAllByRole('link')).toEqual([]);
  expect(screen.queryAllByRole('button')).toEqual([]);
  expect(screen.queryByRole('navigation')).toBeNull();
});

test('masks account names by default and never shows customer data from the raw records', async () => {
  server.use(configWith(wallConfig()), feedWith(wallFeed()));
  renderApp('/?view=wall');
  const incidents = await screen.findByRole('region', { name: 'Open incidents · kill-chain reach' });

  expect(within(incidents).getByText(/^Covert exports by support-admin #[A-Z0-9]{4}$/)).toBeInTheDocument();
  expect(screen.getByText(/Account names are masked on this screen/)).toBeInTheDocument();
  const page = document.body.innerHTML;
  for (const secret of ['sup-adm-07', ...CUSTOMER_DATA]) expect(page).not.toContain(secret);
});

test('shows account names when the deployment turns masking off', async () => {
  server.use(configWith(wallConfig({ maskAccounts: false })), feedWith(wallFeed()));
  renderApp('/?view=wall');
  expect(await screen.findByText('Covert exports by sup-adm-07')).toBeInTheDocument();
  expect(screen.queryByText(/masked on this screen/)).toBeNull();
});

test('keeps the last good picture with a stale banner while the feed is down, and recovers by itself', async () => {
  server.use(configWith(wallConfig()), feedWith(wallFeed()));
  renderApp('/?view=wall');
  expect(await headline()).toHaveTextContent('INC-1 reached Exfiltration');
  expect(screen.queryByRole('alert')).toBeNull();

  server.use(feedFailing(503));
  await nextRefresh();
  const banner = await screen.findByRole('alert');
  expect(banner).toHaveTextContent(/STALE Feed unavailable: .*503.* Showing data loaded \d+ s ago .*Retrying every 5 s/);
  expect(await headline()).toHaveTextContent('INC-1 reached Exfiltration');

  server.use(feedWith(wallFeed(true)));
  await nextRefresh();
  expect(await screen.findByText('INC-2')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  // What the refresh brought is marked NEW, in words; what was there before is not.
  const second = screen.getByText('INC-2').closest('li');
  expect(second && within(second).getByText('New')).toBeInTheDocument();
  const first = screen.getByText('INC-1').closest('li');
  expect(first && within(first).queryByText('New')).toBeNull();
});

test('a feed that turns invalid does not replace good data, and the banner quotes none of its bytes', async () => {
  server.use(configWith(wallConfig()), feedWith(wallFeed()));
  renderApp('/?view=wall');
  expect(await headline()).toHaveTextContent('INC-1 reached Exfiltration');

  server.use(feedText('{"events": [{"id": "x", "note": "Jan Jansen NL91ABNA0417164300'));
  await nextRefresh();
  expect(await screen.findByRole('alert')).toHaveTextContent(/STALE Feed unavailable: the latest copy of the feed is not valid\. Showing data loaded/);
  expect(await headline()).toHaveTextContent('INC-1 reached Exfiltration');
  expect(document.body.innerHTML).not.toContain('Jan Jansen');
});

test('a feed whose every record is rejected does not replace good data either', async () => {
  server.use(configWith(wallConfig()), feedWith(wallFeed()));
  renderApp('/?view=wall');
  expect(await headline()).toHaveTextContent('INC-1 reached Exfiltration');

  server.use(feedWith([{ id: 'bad', ts: 'not a time', account: 'sup-adm-07', action: 'view', message: 'Jan Jansen' }]));
  await nextRefresh();
  expect(await screen.findByRole('alert')).toHaveTextContent(/STALE The latest copy of the feed holds no usable events \(1 record rejected\)\. Showing the last good data/);
  expect(await headline()).toHaveTextContent('INC-1 reached Exfiltration');

  server.use(feedWith(wallFeed()));
  await nextRefresh();
  await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
});

test('`?wall=1` puts any view on the wall: the view, with the clock, without the chrome, and a word on masking', async () => {
  server.use(configWith(wallConfig()), feedWith(wallFeed()));
  renderApp('/?view=incidents&wall=1');
  expect(await screen.findByRole('region', { name: /^Incidents/ })).toBeInTheDocument();
  expect(screen.getByLabelText(/^Time now:/)).toBeInTheDocument();
  expect(screen.queryByRole('navigation', { name: 'Views' })).toBeNull();
  // The analyst views cannot mask: a wall that masks says so rather than leak quietly.
  expect(screen.getByRole('note')).toHaveTextContent('This view shows account names; the wall summary (view=wall) masks them.');
});
