import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { feedWith } from '../../../mocks/overrides';
import { accountsOf, ADMINS, adminOffice, exportAt, NOW, present } from '../../analysis/export-volume/exportFixtures';
import type { FeedEventInput } from '../../feed/schema';
import { renderApp } from '../../test/renderApp';
// The app loads this view lazily: importing it up front keeps its first load (recharts and all) out of findBy's 1 s wait.
import './ExportVolumePanel';

// Six office admins; adm-3 dumps 750,000 records in the night before now, adm-5 trickles 6,000 every night for 8 nights.
const attack = [exportAt('adm-3', 29, 2, 400_000), exportAt('adm-3', 29, 3, 350_000), ...[22, 23, 24, 25, 26, 27, 28, 29].map((d) => exportAt('adm-5', d, 2, 6_000))];
const serve = (events: FeedEventInput[]) =>
  server.use(
    feedWith({
      schema: 'breachline/v1',
      meta: { generatedAt: new Date(NOW).toISOString(), timezone: 'UTC' },
      accounts: accountsOf(Object.fromEntries(ADMINS.map((a) => [a, 'support-admin']))),
      events,
    }),
  );
// The in-thread analysis of a month of six accounts can take over a second on a loaded machine.
const ranking = () => screen.findByRole('list', { name: /accounts ranked by records exported above their baseline/i }, { timeout: 10_000 });
const search = () => new URLSearchParams(location.search);

test('says who is exporting, ranks the dump above the trickle with their kinds, and charts the top account', async () => {
  serve([...adminOffice(), ...attack]);
  renderApp('/?view=exports');

  const rows = within(await ranking()).getAllByRole('listitem');
  expect(rows.map((row) => within(row).getAllByRole('link')[0]!.textContent)).toEqual(['adm-3', 'adm-5']);
  expect(rows[0]).toHaveTextContent(/▲ Bulk\+750K records · \d+× baseline · since 11 Feb, 02:00/);
  expect(rows[1]).toHaveTextContent(/≈ Trickle\+48K records · none expected · since 4 Feb, 00:00/);
  expect(screen.getByText('adm-3: 750K records in a bulk export from 11 Feb, 02:00. adm-5: +48K records trickled out since 4 Feb.')).toBeInTheDocument();
  expect(screen.getByRole('figure', { name: /^Whole system, records exported per hour/ })).toBeInTheDocument();
  expect(await screen.findByRole('figure', { name: /^Export volume for adm-3, .* Flagged: bulk \+750K since 11 Feb\.$/ })).toBeInTheDocument();
});

test('an account name opens its drill-down; "Chart" shows the account here and keeps it in the URL', async () => {
  serve([...adminOffice(), ...attack]);
  const { user } = renderApp('/?view=exports&range=30d');
  const rows = within(await ranking()).getAllByRole('listitem');
  const drill = new URLSearchParams(within(rows[0]!).getByRole('link', { name: 'adm-3' }).getAttribute('href')!);
  expect([drill.get('view'), drill.get('account')]).toEqual(['account', 'adm-3']);

  await user.click(within(rows[1]!).getByRole('button', { name: 'Chart of adm-5' }));
  expect(search().get('account')).toBe('adm-5');
  expect(search().get('view')).toBe('exports');
  expect(await screen.findByRole('heading', { name: 'adm-5: exports against its own baseline' })).toBeInTheDocument();
  // The other ranges' charts are drawn too, hidden: the shown panel is the one a user can reach.
  const shown = screen.getByRole('region', { name: 'adm-5: exports against its own baseline' });
  expect(await within(shown).findByText('At this rate, 42K more records in 7 days (6K a day above its baseline).')).toBeInTheDocument();
});

test('the range presets live in the URL and clear a zoom; bytes retitle the system chart', async () => {
  serve([...adminOffice(), ...attack]);
  const { user } = renderApp(`/?view=exports&range=7d&from=${NOW - 3 * 86_400_000}&to=${NOW - 86_400_000}`);
  await ranking();
  expect(screen.getByRole('button', { name: 'Show the whole range' })).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: '24 hours' }));
  expect([search().get('range'), search().get('from'), search().get('to')]).toEqual(['24h', null, null]);

  await user.click(screen.getByRole('radio', { name: 'Bytes' }));
  expect(await screen.findByRole('heading', { name: 'Whole system: bytes exported per hour' })).toBeInTheDocument();
});

test('the help panel states the method with the thresholds it ran with', async () => {
  serve([...adminOffice(), ...attack]);
  const { user } = renderApp('/?view=exports');
  await ranking();
  const help = screen.getByRole('button', { name: 'How flags are decided' });
  expect(help).toHaveAttribute('aria-expanded', 'false');
  await user.click(help);
  const panel = screen.getByRole('region', { name: 'How export flags are decided' });
  expect(panel).toHaveTextContent('Expected = the median of the same hour of the day, on the same kind of day (business day or not), over the past 28 days');
  expect(panel).toHaveTextContent('Amber at a score of 3.5, red at 6; never below 500 records an hour');
  expect(panel).toHaveTextContent(/alarms above 5/);
});

test('a feed with nothing unusual says so instead of showing an empty list', async () => {
  serve([...adminOffice(), ...present('adm-9')]);
  renderApp('/?view=exports');
  // Once as the headline, once where the list would be.
  expect(await screen.findAllByText('No account exported beyond its learned baseline in this range.', {}, { timeout: 10_000 })).toHaveLength(2);
  expect(screen.queryByRole('list', { name: /accounts ranked/i })).not.toBeInTheDocument();
});

test('the other ranges are drawn ahead, out of reach; a range click shows its charts without waiting for them', async () => {
  serve([...adminOffice(), ...attack]);
  const { user } = renderApp('/?view=exports&range=7d');
  await ranking();
  await screen.findByRole('figure', { name: /^Export volume for adm-3/ });
  // Three ranges × (system + account) charts in the page, once it has been idle; two of them reachable.
  await waitFor(() => expect(document.querySelectorAll('figure.ev-chart')).toHaveLength(6), { timeout: 10_000 });
  expect(screen.getAllByRole('figure')).toHaveLength(2);
  expect(screen.getByRole('figure', { name: /^Whole system, records exported per hour, 5 Feb, 06:00 to 12 Feb, 06:00/ })).toBeInTheDocument();

  await user.click(screen.getByRole('radio', { name: '30 days' }));
  // No wait: the 30-day charts were already drawn.
  expect(screen.getAllByRole('figure')).toHaveLength(2);
  expect(screen.getByRole('figure', { name: /^Whole system, records exported per hour, 13 Jan, \d\d:00 to 12 Feb, 06:00/ })).toBeInTheDocument();
  expect(screen.getByRole('figure', { name: /^Export volume for adm-3/ })).toBeInTheDocument();
});

test('on a wall, where nobody clicks, the other ranges are not drawn ahead', async () => {
  serve([...adminOffice(), ...attack]);
  renderApp('/?view=exports&range=7d&wall=1');
  await screen.findByRole('figure', { name: /^Export volume for adm-3/ }, { timeout: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(document.querySelectorAll('figure.ev-chart')).toHaveLength(2);
});
