import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '../../mocks/node';
import page1 from '../feed/adapters/fixtures/composite/es-page-1.json';
import page2 from '../feed/adapters/fixtures/composite/es-page-2.json';
import page3 from '../feed/adapters/fixtures/composite/es-page-3.json';
import { configWith } from '../test/configHandlers';
import { renderApp } from '../test/renderApp';

const ENDPOINT = 'https://siem.example.org/audit-*/_search';

test('while a search feed pages through the cluster, the loading message says how far it has got', async () => {
  let releaseLastPage = () => {};
  const lastPage = new Promise<void>((resolve) => (releaseLastPage = resolve));
  let posts = 0;
  server.use(
    configWith({ timezone: 'Europe/Amsterdam', feeds: [{ id: 'cluster', label: 'Audit cluster', url: ENDPOINT, search: {} }] }),
    http.post(ENDPOINT, async () => {
      posts++;
      if (posts === 3) await lastPage;
      return HttpResponse.json([page1, page2, page3][posts - 1] ?? page3);
    }),
  );
  renderApp('/');

  expect(await screen.findByText('Reading hourly sums from the cluster: 2 pages, 7 account-hours…')).toHaveAttribute('role', 'status');
  releaseLastPage();
});
