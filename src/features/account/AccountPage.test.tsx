import { screen, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { feedWith } from '../../../mocks/overrides';
import type { FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { renderApp } from '../../test/renderApp';
// The app loads this view lazily: importing it up front keeps its first load (recharts and all) out of findBy's 1 s wait.
import './AccountPage';

const DAY = 86_400_000;
const NOW = TEST_SETTINGS.now;
const at = (daysAgo: number, hour = 10) => new Date(NOW - daysAgo * DAY + hour * 3_600_000 - 12 * 3_600_000).toISOString();

function drilldownFeed() {
  const events: FeedEventInput[] = [
    makeEvent({ id: 'start', ts: at(29), account: 'agent-001', ip: '198.51.100.16' }),
    makeEvent({ id: 'known', ts: at(28), account: 'sup-adm-07', action: 'login', ip: '198.51.100.16' }),
    makeEvent({ id: 'attacker-login', ts: at(5, 2), account: 'sup-adm-07', action: 'login', ip: '203.0.113.77' }),
    makeEvent({ id: 'dump', ts: at(1, 3), account: 'sup-adm-07', action: 'export', records: 48_000, bytes: 31_457_280, ip: '203.0.113.77' }),
    makeEvent({ id: 'peek', ts: at(1, 4), account: 'sup-adm-07', action: 'view', ip: '203.0.113.77', message: 'opened customer jan@example.org' }),
    makeEvent({
      id: 'alert-1',
      ts: at(1, 5),
      account: 'sup-adm-07',
      action: 'alert',
      severity: 'high',
      rule: { id: 'R-113', name: 'Export volume above baseline' },
      attack: { tactic: 'TA0010', technique: 'T1567' },
      incident: 'INC-0042',
    }),
    makeEvent({ id: 'other', ts: at(1, 6), account: 'agent-001', action: 'view', ip: '198.51.100.16' }),
  ];
  return envelope(events, {
    meta: { generatedAt: new Date(NOW).toISOString() }, // the feed's "now": ranges end here, not at the test machine's clock
    accounts: [{ id: 'sup-adm-07', name: 'Support admin 07', role: 'support-admin', privileged: true }],
    incidents: [{ id: 'INC-0042', title: 'Bulk export', status: 'open' }],
  });
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1); // the header row first

test('names the account in the heading and the page title, and says who it is', async () => {
  server.use(feedWith(drilldownFeed()));
  renderApp('/?view=account&account=sup-adm-07&range=30d');

  expect(await screen.findByRole('heading', { level: 1, name: /sup-adm-07.*Support admin 07/ })).toBeVisible();
  expect(document.title).toBe('sup-adm-07 · Account · Breachline');
  const card = screen.getByRole('region', { name: 'Who it is' });
  expect(within(card).getByText('support-admin', { selector: 'dd *' })).toBeInTheDocument();
  expect(within(card).getByText(/^Yes/)).toHaveTextContent('Yes (stated by the feed)');

  const addresses = within(card).getByRole('table', { name: /Source addresses/ });
  const [first, second] = within(addresses).getAllByRole('row').slice(1);
  expect(first).toHaveTextContent(/203\.0\.113\.77\s*new\s*no other account/);
  expect(second).toHaveTextContent('198.51.100.16');
  expect(second).not.toHaveTextContent('new');
  expect(within(card).getByText(/first used after the baseline, the feed's first 7 days/)).toBeInTheDocument();

  const headline = screen.getByRole('list', { name: 'In short' });
  expect(headline).toHaveTextContent(/Privileged support-admin/);
  expect(headline).toHaveTextContent(/New address no other account uses: 203\.0\.113\.77/);
  expect(headline).toHaveTextContent(/In INC-0042 · 1 detection/);

  const exports = screen.getByRole('region', { name: 'Exports against its own baseline and its peers' });
  expect(await within(exports).findByRole('figure', { name: /^Export volume for sup-adm-07/ })).toBeInTheDocument();
  const hours = screen.getByRole('region', { name: 'Hours of day against its baseline' });
  const hoursTable = await within(hours).findByRole('table', { name: /Hours of day of sup-adm-07/ });
  const inRange = within(within(hoursTable).getByRole('row', { name: /^In the range/ })).getAllByRole('cell');
  expect(inRange.reduce((sum, cell) => sum + Number(cell.textContent), 0)).toBe(5); // every event of the 30 days, once
  // `[inert]`: the other ranges' hours, drawn ahead and out of reach, say it too.
  expect(within(hours).getByText(/baseline is too thin to judge/, { ignore: '[inert] *' })).toBeVisible();

  const incidents = screen.getByRole('region', { name: 'Incidents and detections' });
  expect(await within(incidents).findByRole('group', { name: "Kill-chain lanes of sup-adm-07's detections" })).toBeInTheDocument();
  expect(within(incidents).getByRole('link', { name: /INC-0042 Bulk export/ })).toHaveAttribute('href', expect.stringContaining('incident=INC-0042'));
});

test('the other ranges are drawn ahead, out of reach; a range link shows their chart, hours and events without waiting', async () => {
  server.use(feedWith(drilldownFeed()));
  const { user, client } = renderApp('/?view=account&account=sup-adm-07&range=7d');
  const exports = await screen.findByRole('region', { name: 'Exports against its own baseline and its peers' });
  const hours = screen.getByRole('region', { name: 'Hours of day against its baseline' });
  expect(await within(exports).findByRole('figure', { name: /^Export volume for sup-adm-07/ })).toBeInTheDocument();
  const eventsInRange = () => {
    const row = within(within(hours).getByRole('table')).getByRole('row', { name: /^In the range/ });
    return within(row).getAllByRole('cell').reduce((sum, cell) => sum + Number(cell.textContent), 0);
  };
  expect(await waitFor(eventsInRange)).toBe(4);
  // Three ranges of the chart and of the hours in the page once it has been idle; one of each reachable.
  await waitFor(() => expect(exports.querySelectorAll('figure')).toHaveLength(3), { timeout: 10_000 });
  await waitFor(() => expect(hours.querySelectorAll('table')).toHaveLength(3), { timeout: 10_000 });
  expect(within(exports).getAllByRole('figure')).toHaveLength(1);
  expect(within(hours).getAllByRole('table')).toHaveLength(1);

  expect(rowsOf(screen.getByRole('table', { name: 'Events of sup-adm-07' }))).toHaveLength(4);
  // The event table of every preset range, same filters and sort, asked of the worker while the page was idle.
  const eventTables = () => client.getQueryCache().findAll({ queryKey: ['feed', 'account'], predicate: (q) => q.queryKey[4] === 'events' && q.state.data !== undefined });
  await waitFor(() => expect(eventTables().map((q) => (q.queryKey[5] as { range: string }).range).sort()).toEqual(['24h', '30d', '7d']));

  await user.click(screen.getByRole('link', { name: 'Last 30 days' }));
  // No wait: the 30 days were already drawn. The 7 days' hours had 4 events of sup-adm-07, the 30 days' have 5.
  expect(eventsInRange()).toBe(5);
  expect(rowsOf(screen.getByRole('table', { name: 'Events of sup-adm-07' }))).toHaveLength(5);
  expect(within(exports).getAllByRole('figure')).toHaveLength(1);
  expect(within(hours).getAllByRole('table')).toHaveLength(1);
});

test('the event table filters by action and text and sorts by a column, all through the URL', async () => {
  server.use(feedWith(drilldownFeed()));
  const { user } = renderApp('/?view=account&account=sup-adm-07&range=30d');
  const table = await screen.findByRole('table', { name: 'Events of sup-adm-07' });
  expect(rowsOf(table).map((r) => r.textContent)).toHaveLength(5);
  expect(rowsOf(table)[0]).toHaveTextContent(/alert.*high: Export volume above baseline INC-0042/);

  await user.selectOptions(screen.getByRole('combobox', { name: /Action/ }), 'export');
  await waitFor(() => expect(rowsOf(screen.getByRole('table', { name: 'Events of sup-adm-07' }))).toHaveLength(1));
  expect(new URLSearchParams(location.search).get('eventAction')).toBe('export');

  await user.selectOptions(screen.getByRole('combobox', { name: /Action/ }), '');
  await user.type(screen.getByRole('searchbox', { name: /Search/ }), '203.0.113');
  await waitFor(() => expect(rowsOf(screen.getByRole('table', { name: 'Events of sup-adm-07' }))).toHaveLength(3));
  expect(new URLSearchParams(location.search).get('eventText')).toBe('203.0.113');

  await user.click(screen.getByRole('button', { name: 'Records' }));
  await waitFor(() => expect(screen.getByRole('columnheader', { name: /Records/ })).toHaveAttribute('aria-sort', 'descending'));
  expect(rowsOf(screen.getByRole('table', { name: 'Events of sup-adm-07' }))[0]).toHaveTextContent('48,000');
  expect(new URLSearchParams(location.search).get('eventSort')).toBe('-records');
});

test('a row opens its raw record as escaped JSON, with the e-mail address masked until revealed', async () => {
  server.use(feedWith(drilldownFeed()));
  const { user } = renderApp('/?view=account&account=sup-adm-07&range=30d');
  await user.click(await screen.findByRole('button', { name: 'Open the raw record of event peek' }));

  const raw = await screen.findByLabelText('Raw record of event peek');
  expect(raw).toHaveTextContent('"message": "opened customer j•••@e•••.org');
  expect(new URLSearchParams(location.search).get('event')).toBe('peek');
  expect(document.body.innerHTML).not.toContain('jan@example.org');

  await user.click(within(raw).getByRole('button', { name: 'Reveal e-mail address j•••@e•••.org' }));
  await waitFor(() => expect(raw).toHaveTextContent('"message": "opened customer jan@example.org'));
  await user.click(within(raw).getByRole('button', { name: /Hide e-mail address/ }));
  expect(document.body.innerHTML).not.toContain('jan@example.org');
});

test('bad or stale values in the link degrade to defaults and say what is missing', async () => {
  server.use(feedWith(drilldownFeed()));
  renderApp('/?view=account&account=sup-adm-07&range=decade&eventSort=sideways&event=nope&incident=INC-404');
  const table = await screen.findByRole('table', { name: 'Events of sup-adm-07' });
  expect(screen.getByRole('columnheader', { name: /Time/ })).toHaveAttribute('aria-sort', 'descending');
  expect(rowsOf(table)).toHaveLength(4); // range=decade falls back to 7 days: the login 28 days ago is out
  await waitFor(() =>
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'This account has no detection in incident INC-404: showing all of its detections.',
      'This account has no event nope in the loaded feed.',
    ]),
  );
});

test('an account the feed does not have says so instead of showing an empty page', async () => {
  server.use(feedWith(drilldownFeed()));
  renderApp('/?view=account&account=sup-adm-99');
  expect(await screen.findByRole('alert')).toHaveTextContent('This feed has no account sup-adm-99');
  expect(document.title).toBe('sup-adm-99 · Account · Breachline');
});

test('the header search finds an account by name as you type and opens it from the keyboard', async () => {
  server.use(feedWith(drilldownFeed()));
  const { user } = renderApp('/?view=overview&eventText=stale');
  const box = await screen.findByRole('combobox', { name: 'Find an account' });
  await waitFor(() => expect(box).toBeEnabled());
  await user.type(box, 'support');
  const list = await screen.findByRole('listbox', { name: 'Matching accounts' });
  expect(within(list).getByRole('option', { name: /sup-adm-07/ })).toHaveAttribute('aria-selected', 'true');
  expect(box).toHaveAttribute('aria-expanded', 'true');

  await user.keyboard('{Enter}');
  expect(await screen.findByRole('heading', { level: 1, name: /sup-adm-07/ })).toBeVisible();
  const params = new URLSearchParams(location.search);
  expect([params.get('view'), params.get('account'), params.get('eventText')]).toEqual(['account', 'sup-adm-07', null]);
  expect(box).toHaveValue('');
});

test('arrows move through the matches and Escape closes the list, then clears the box', async () => {
  server.use(feedWith(drilldownFeed()));
  const { user } = renderApp('/');
  const box = await screen.findByRole('combobox', { name: 'Find an account' });
  await waitFor(() => expect(box).toBeEnabled());
  await user.type(box, '0');
  await screen.findByRole('option', { name: /agent-001/ });
  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('option', { name: /sup-adm-07/ })).toHaveAttribute('aria-selected', 'true');
  expect(box).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /sup-adm-07/ }).id);
  await user.keyboard('{Escape}');
  expect(box).toHaveAttribute('aria-expanded', 'false');
  await user.keyboard('{Escape}');
  expect(box).toHaveValue('');
});

test('"Download CSV" saves the rows the table shows, masked and safe to open in a spreadsheet', async () => {
  server.use(feedWith(drilldownFeed()));
  const blobs: Blob[] = [];
  const names: string[] = [];
  // jsdom has no object URLs and does not download; the blob and the file name are what the browser would save.
  vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:csv'), revokeObjectURL: () => {} }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const { user } = renderApp('/?view=account&account=sup-adm-07&range=30d&eventText=opened');
  await waitFor(() => expect(rowsOf(screen.getByRole('table', { name: 'Events of sup-adm-07' }))).toHaveLength(1));
  await user.click(screen.getByRole('button', { name: 'Download CSV' }));
  await waitFor(() => expect(blobs).toHaveLength(1));
  const lines = (await (blobs[0] as Blob).text()).split('\r\n');
  expect(names).toEqual(['sup-adm-07-events.csv']);
  expect(lines[0]).toBe('time (UTC),event id,account,action,records,bytes,ip,host,system,severity,rule,incident,message');
  expect(lines.slice(1)).toEqual([expect.stringMatching(/,peek,sup-adm-07,view,0,0,203\.0\.113\.77,.*opened customer j•••@e•••\.org$/), '']);
  click.mockRestore();
  vi.unstubAllGlobals();
});
