import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { feedText } from '../../mocks/overrides';
import { renderApp } from '../test/renderApp';
import alerts4x from '../feed/adapters/fixtures/wazuh/alerts-4x.json?raw';
import cloudtrailFile from '../feed/adapters/fixtures/cloudtrail/records-file.json?raw';
import splunk from '../feed/adapters/fixtures/other/splunk-results.ndjson?raw';

// The app ingests through the same ingestFeed as the CLI, in the analysis service: these prove the wiring, not the mapping.

const figure = (term: string) => screen.getByText(term, { selector: 'dt' }).parentElement?.querySelector('dd')?.textContent;

test('a Wazuh alerts.json served as the feed: the overview names the format, counts, and lists rejects with the adapter’s reason', async () => {
  server.use(feedText(alerts4x));
  renderApp('/');
  expect(await screen.findByRole('heading', { name: 'Feed overview' })).toBeVisible();
  expect(screen.getByText(/“Wazuh alerts”/)).toBeInTheDocument();
  expect(figure('Events')).toBe('6');
  expect(figure('Rejected records')).toBe('2');
  const rejected = screen.getByRole('region', { name: 'Rejected records (2)' });
  expect(within(rejected).getByText('Wazuh: alert without a timestamp (timestamp, @timestamp)')).toBeInTheDocument();
  const warnings = screen.getByRole('region', { name: /^Warnings/ });
  expect(within(warnings).getByText(/kept as a detection without an account/)).toBeInTheDocument();
});

test('a CloudTrail file opened from disk is read in the browser', async () => {
  server.use(feedText('[]')); // a quick empty feed first, instead of generating the demo
  const { user } = renderApp('/');
  await screen.findByRole('heading', { name: 'Feed overview' });
  await user.upload(screen.getByLabelText('Open feed files'), new File([cloudtrailFile], 'trail.json', { type: 'application/json' }));
  expect(await screen.findByText(/“AWS CloudTrail events”/)).toBeInTheDocument();
  expect(figure('Events')).toBe('9');
});

test('a file in no known format fails in the app, naming the formats it would read', async () => {
  server.use(feedText(splunk));
  renderApp('/');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/no record is in a format Breachline reads/);
  expect(alert).toHaveTextContent(/Wazuh alerts.*Elastic Security alerts.*OCSF.*CloudTrail/);
});
