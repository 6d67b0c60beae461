import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { feedWith } from '../../../mocks/overrides';
import type { FeedEventInput } from '../../feed/schema';
import { envelope, makeEvent } from '../../test/feedBuilders';
import { renderApp } from '../../test/renderApp';

const alert = (minute: number, overrides: Partial<FeedEventInput>) =>
  makeEvent({ ts: Date.parse('2026-02-10T01:00:00Z') + minute * 60_000, action: 'alert', severity: 'medium', ...overrides });

const events = [
  alert(0, { id: 'd-login', account: 'sup-adm-07', incident: 'INC-1', attack: { technique: 'T1078' }, rule: { id: 'R-101', name: 'Login from a new address' }, message: 'sup-adm-07 logged in from 203.0.113.7' }),
  alert(30, { id: 'd-sudo', account: 'sup-adm-07', incident: 'INC-1', attack: { tactic: 'Privilege Escalation', technique: 'T1169' }, rule: { id: 'R-7', name: 'Old sudo rule' } }),
  alert(60, { id: 'd-c2', account: 'sup-adm-07', incident: 'INC-1', attack: { tactic: 'command and control', technique: 'T1071' } }),
  alert(90, { id: 'd-exfil', account: 'sup-adm-04', incident: 'INC-1', severity: 'critical', attack: { tactic: 'TA0010', technique: 'T1567.002' }, rule: { id: 'R-140', name: 'Upload to cloud storage' }, message: '<img src=x onerror="alert(1)"> uploaded' }),
  alert(10, { id: 'd-other', account: 'agent-001', incident: 'INC-2', severity: 'low', attack: { technique: 'T1110' } }),
  alert(20, { id: 'd-spray', account: 'agent-002', severity: 'low', attack: { technique: 'T1110.003' }, rule: { id: 'R-9', name: 'Password spray' } }),
];
const incidents = [
  { id: 'INC-1', title: 'Bulk export of customer records', status: 'open' as const },
  { id: 'INC-2', title: 'Failed logins', status: 'closed' as const },
];

afterEach(() => vi.restoreAllMocks());

const laneNames = (chart: HTMLElement) => within(chart).getAllByRole('group').map((g) => g.getAttribute('aria-label')?.split(':')[0]);

test('lists incidents with how far they got and shows the furthest one as lanes in kill-chain order', async () => {
  server.use(feedWith(envelope(events, { incidents })));
  renderApp('/?view=incidents');

  const list = await screen.findByRole('region', { name: 'Incidents (2)' });
  expect(within(list).getAllByRole('img', { name: /^Reached / }).map((s) => s.getAttribute('aria-label'))).toEqual([
    expect.stringMatching(/^Reached Exfiltration: 6 of 14 tactics/),
    expect.stringMatching(/^Reached Credential Access: 1 of 14/),
  ]);
  expect(within(list).getByRole('link', { name: 'sup-adm-04' })).toHaveAttribute('href', expect.stringContaining('view=account&account=sup-adm-04'));

  const chart = await screen.findByRole('group', { name: 'Kill-chain lanes of incident INC-1' });
  // Empty lanes are collapsed; what is left keeps kill-chain order: Command and Control before Exfiltration.
  expect(laneNames(chart)).toEqual(['Initial Access', 'Persistence', 'Privilege Escalation', 'Defense Evasion', 'Command and Control', 'Exfiltration']);
  expect(screen.getByText(/No detections in: Reconnaissance, Resource Development, Execution/)).toBeInTheDocument();
  expect(within(chart).getByText('T1567.002 Exfiltration to Cloud Storage')).toBeInTheDocument();
});

test('every detection of the incident is in the table, feed text shown as text', async () => {
  server.use(feedWith(envelope(events, { incidents })));
  renderApp('/?view=incidents&incident=INC-1');
  const table = await screen.findByRole('table', { name: /Detections in view \(4\)/ });
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
  expect(within(table).getByText('<img src=x onerror="alert(1)"> uploaded')).toBeInTheDocument();
  expect(document.querySelector('img[src="x"]')).toBeNull();
  expect(within(table).getByText(/The feed said T1169, which ATT&CK revoked; shown as its replacement T1548.003/)).toBeInTheDocument();
});

test('a marker’s tooltip gives rule, account, time and message, and marks a multi-tactic detection as one', async () => {
  server.use(feedWith(envelope(events, { incidents })));
  const { user } = renderApp('/?view=incidents&incident=INC-1');
  const chart = await screen.findByRole('group', { name: 'Kill-chain lanes of incident INC-1' });
  const initialAccess = within(chart).getByRole('group', { name: 'Initial Access: 1 detection' });
  const marker = initialAccess.querySelector('path.marker');
  if (!marker) throw new Error('no marker in the Initial Access lane');
  expect(marker).toHaveClass('marker-shared');

  await user.hover(marker);
  const tooltip = screen.getByRole('tooltip');
  expect(tooltip).toHaveTextContent('T1078 Valid Accounts');
  expect(tooltip).toHaveTextContent('Login from a new address (R-101)');
  expect(tooltip).toHaveTextContent('sup-adm-07');
  expect(tooltip).toHaveTextContent(/10 Feb 2026, 02:00 CET/);
  expect(tooltip).toHaveTextContent('sup-adm-07 logged in from 203.0.113.7');
  expect(tooltip).toHaveTextContent('also in: Persistence, Privilege Escalation, Defense Evasion');
  // The same detection is ringed in each of its four lanes.
  expect(chart.querySelectorAll('path.marker-highlighted')).toHaveLength(4);

  await user.click(marker);
  const pinned = screen.getByRole('dialog', { name: 'Detection d-login' });
  expect(within(pinned).getByRole('link', { name: 'sup-adm-07' })).toHaveAttribute('href', expect.stringContaining('account=sup-adm-07'));
});

test('the revoked ID is said in the tooltip', async () => {
  server.use(feedWith(envelope(events, { incidents })));
  const { user } = renderApp('/?view=incidents&incident=INC-1');
  const chart = await screen.findByRole('group', { name: 'Kill-chain lanes of incident INC-1' });
  const lane = within(chart).getByRole('group', { name: 'Privilege Escalation: 2 detections' });
  const markers = lane.querySelectorAll('path.marker');
  const sudo = markers[1];
  if (!sudo) throw new Error('no second marker');
  await user.hover(sudo);
  expect(screen.getByRole('tooltip')).toHaveTextContent(/T1548.003 Sudo and Sudo Caching.*feed said T1169, which ATT&CK revoked/);
});

test('picking another incident puts it in the URL; empty lanes can be shown', async () => {
  server.use(feedWith(envelope(events, { incidents })));
  const { user } = renderApp('/?view=incidents');
  await screen.findByRole('group', { name: 'Kill-chain lanes of incident INC-1' });
  await user.click(screen.getByRole('link', { name: /INC-2 Failed logins/ }));
  expect(new URLSearchParams(location.search).get('incident')).toBe('INC-2');
  const chart = await screen.findByRole('group', { name: 'Kill-chain lanes of incident INC-2' });
  expect(laneNames(chart)).toEqual(['Credential Access']);

  await user.click(screen.getByRole('button', { name: 'Show 14 empty lanes' }));
  expect(laneNames(chart)).toHaveLength(15);
  expect(screen.getByRole('button', { name: 'Collapse 14 empty lanes' })).toHaveAttribute('aria-pressed', 'false');
});

test('an incident the feed does not have says so instead of showing another', async () => {
  server.use(feedWith(envelope(events, { incidents })));
  renderApp('/?view=incidents&incident=INC-404');
  expect(await screen.findByRole('alert')).toHaveTextContent('This feed has no incident INC-404');
});

test('detections outside every incident are listed by account', async () => {
  server.use(feedWith(envelope(events, { incidents })));
  renderApp('/?view=incidents');
  const section = await screen.findByRole('region', { name: 'Unassigned detections (1)' });
  const row = await within(section).findByRole('row', { name: /agent-002/ });
  expect(row).toHaveTextContent(/1 × T1110.003 Password Spraying \(Password spray\)/);
});

test('the Navigator layer download is a JSON file built from the analysis', async () => {
  server.use(feedWith(envelope(events, { incidents })));
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:layer';
  });
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  const { user } = renderApp('/?view=incidents&incident=INC-1');
  await user.click(await screen.findByRole('button', { name: 'Download Navigator layer' }));

  await waitFor(() => expect(click).toHaveBeenCalled());
  expect(blobs[0]?.type).toBe('application/json');
  const layer = JSON.parse(await blobs[0]!.text());
  expect(layer).toMatchObject({ domain: 'enterprise-attack', versions: { attack: '18', layer: '4.5' }, name: 'INC-1 Bulk export of customer records' });
  expect(layer.techniques).toContainEqual(expect.objectContaining({ techniqueID: 'T1567.002', tactic: 'exfiltration', score: 1 }));
  expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('breachline-INC-1-navigator-layer.json');
});

test('a busy lane is drawn as bins, and a bin zooms in to its markers through the URL', async () => {
  const busy = Array.from({ length: 400 }, (_, i) =>
    alert(i * 5, { id: `bulk-${i}`, account: 'sup-adm-04', incident: 'INC-1', severity: i % 50 ? 'high' : 'critical', attack: { technique: 'T1030' } }),
  );
  server.use(feedWith(envelope(busy, { incidents })));
  const { user } = renderApp('/?view=incidents&incident=INC-1');
  const chart = await screen.findByRole('group', { name: 'Kill-chain lanes of incident INC-1' });
  const lane = within(chart).getByRole('group', { name: 'Exfiltration: 400 detections' });
  expect(lane.querySelectorAll('path.marker')).toHaveLength(0);
  const bins = within(lane).getAllByRole('button', { name: /detections, .* Activate to zoom in/ });
  expect(bins.length).toBeGreaterThan(10);
  expect(bins.length).toBeLessThanOrEqual(120);

  await user.click(bins[0]!);
  const params = new URLSearchParams(location.search);
  expect(Number(params.get('to'))).toBeGreaterThan(Number(params.get('from')));
  const zoomed = await within(chart).findByRole('group', { name: /^Exfiltration: \d+ of 400 detections$/ });
  expect(zoomed.querySelectorAll('path.marker').length).toBeGreaterThan(0);
  expect(screen.getByText(/zoomed in: \d+ of 400 detections/)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Whole incident' }));
  expect(new URLSearchParams(location.search).get('from')).toBeNull();
  expect(await within(chart).findByRole('group', { name: 'Exfiltration: 400 detections' })).toBeInTheDocument();
});

test('a feed without incidents still shows its detections, as unassigned', async () => {
  server.use(feedWith(envelope([alert(0, { id: 'lone', account: 'agent-009', severity: 'high', attack: { technique: 'T1078' } })])));
  renderApp('/?view=incidents');
  expect(await screen.findByText(/No incident to show: every detection of this feed is listed below/)).toBeInTheDocument();
  const section = await screen.findByRole('region', { name: 'Unassigned detections (1)' });
  expect(within(section).getByRole('row', { name: /agent-009/ })).toHaveTextContent(/T1078 Valid Accounts/);
});
