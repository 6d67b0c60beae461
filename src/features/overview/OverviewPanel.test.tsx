import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { feedFailing, feedText, feedWith } from '../../../mocks/overrides';
import { configWith } from '../../test/configHandlers';
import { envelope, makeEvent } from '../../test/feedBuilders';
import { renderApp } from '../../test/renderApp';

const figure = (term: string) => {
  const label = screen.getByText(term, { selector: 'dt' });
  return label.parentElement?.querySelector('dd')?.textContent;
};

test('says in numbers what the feed holds, and lists each rejected record with where and why', async () => {
  server.use(
    feedWith(
      envelope(
        [
          makeEvent({ id: 'a', account: 'sup-adm-07', action: 'export', records: 48_000, bytes: 31_457_280 }),
          makeEvent({ id: 'b', account: 'agent-1' }),
          makeEvent({ id: 'c', account: 'sup-adm-07', action: 'alert', severity: 'high', attack: { tactic: 'TA0010', technique: 'T1567' }, incident: 'INC-1' }),
          makeEvent({ id: 'd', ts: '2026-13-01T00:00:00Z' }),
        ],
        { meta: { source: 'ccs-audit-export' }, incidents: [{ id: 'INC-1', title: 'Bulk export', status: 'open' }] },
      ),
    ),
  );
  renderApp('/');

  expect(await screen.findByRole('heading', { name: 'Feed overview' })).toBeVisible();
  expect(figure('Events')).toBe('3');
  expect(figure('Accounts')).toBe('2');
  expect(figure('Exported records')).toBe('48K');
  expect(figure('Detections')).toBe('1');
  expect(figure('Rejected records')).toBe('1');
  expect(screen.getByText(/“ccs-audit-export”/)).toBeInTheDocument();

  const rejected = screen.getByRole('region', { name: 'Rejected records (1)' });
  expect(within(rejected).getByText('events[3].ts')).toBeInTheDocument();
  expect(within(rejected).getByText(/not a timestamp: '2026-13-01/)).toBeInTheDocument();

  const incidents = screen.getByRole('region', { name: 'Incidents and how far they got' });
  expect(await within(incidents).findByText(/Reached Exfiltration/)).toBeInTheDocument();
  expect(within(incidents).getByRole('link', { name: 'sup-adm-07' })).toHaveAttribute('href', '?view=account&account=sup-adm-07');
});

test('a file that is not JSON fails with line and column, not a blank page', async () => {
  server.use(feedText('{"events": [\n  {"id": "a",'));
  renderApp('/');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/The feed could not be loaded/);
  expect(alert).toHaveTextContent(/line 2, column \d+/);
});

test('an unreachable feed says who did not answer', async () => {
  server.use(feedFailing(503));
  renderApp('/');
  expect(await screen.findByRole('alert')).toHaveTextContent(/built-in demo .* answered 503/);
});

test('a bad config.json shows what and where', async () => {
  server.use(configWith({ feeds: [], timezone: 'Mars/Olympus' }));
  renderApp('/');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/config.json is not valid/);
  expect(alert).toHaveTextContent(/feeds/);
  expect(alert).toHaveTextContent(/timezone: not an IANA time zone/);
});

test('a feed link to a foreign origin asks first and names the origin', async () => {
  renderApp('/?feed=https://evil.example.net/feed.json');
  expect(await screen.findByRole('alertdialog', { name: 'Load a feed from https://evil.example.net?' })).toBeVisible();
  expect(screen.getByLabelText('Feed source')).toHaveTextContent('External feed: https://evil.example.net/feed.json');
});
