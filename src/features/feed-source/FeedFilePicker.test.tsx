import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { feedWith } from '../../../mocks/overrides';
import { envelope, makeEvent } from '../../test/feedBuilders';
import { renderApp } from '../../test/renderApp';

test('several files opened at once are read as one feed, each named, and never fetched', async () => {
  server.use(feedWith([makeEvent({ id: 'configured-1' })]));
  const { user } = renderApp('/');
  await screen.findByRole('heading', { name: 'Feed overview' });
  const a = new File([JSON.stringify(envelope([makeEvent({ id: 'a1' }), makeEvent({ id: 'a2' })]))], 'siem-a.json');
  const b = new File([`${JSON.stringify(makeEvent({ id: 'b1' }))}\n{oops\n`], 'siem-b.ndjson');

  await user.upload(screen.getByLabelText('Open feed files'), [a, b]);

  expect(await screen.findByText('2 files: siem-a.json, siem-b.ndjson')).toBeInTheDocument();
  expect(screen.getByText('local files (never uploaded)', { exact: false })).toBeInTheDocument();
  const events = screen.getByText('Events', { selector: 'dt' }).parentElement?.querySelector('dd');
  expect(events).toHaveTextContent('3');
  expect(screen.getByText('siem-b.ndjson: line 2')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Close files' }));
  expect(await screen.findByText(/Demo scenario/)).toBeInTheDocument();
});
