import { screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { server } from '../../mocks/node';
import { feedWith } from '../../mocks/overrides';
import { envelope, makeEvent } from '../test/feedBuilders';
import { configWith } from '../test/configHandlers';
import { renderApp } from '../test/renderApp';
import { wallConfig, wallFeed } from '../features/wall/wallTestFeed';

// Each view's code arrives in its own chunk. These hold a view's module back (as a slow network would) to show what
// the page looks like meanwhile, and record when a module is asked for. A module loads once per file: one view each.
const modules = vi.hoisted(() => {
  const held = () => {
    let release = () => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    return { open, release, requested: false };
  };
  return { overview: held(), wall: held(), incidents: held() };
});

vi.mock('../features/overview/OverviewPanel', async (importOriginal) => {
  modules.overview.requested = true;
  await modules.overview.open;
  return importOriginal();
});
vi.mock('../features/wall/WallPanel', async (importOriginal) => {
  modules.wall.requested = true;
  await modules.wall.open;
  return importOriginal();
});
vi.mock('../features/incident-timeline/IncidentsPanel', async (importOriginal) => {
  modules.incidents.requested = true;
  return importOriginal();
});

test('while the overview’s code loads, the page keeps its header and says what is coming', async () => {
  server.use(feedWith(envelope([makeEvent({ id: 'a' })])));
  renderApp('/');

  expect(await screen.findByText('Loading the overview…')).toHaveAttribute('role', 'status');
  expect(screen.getByRole('navigation', { name: 'Views' })).toBeVisible();
  expect(screen.queryByRole('heading', { name: 'Feed overview' })).not.toBeInTheDocument();

  modules.overview.release();
  expect(await screen.findByRole('heading', { name: 'Feed overview' })).toBeVisible();
  expect(screen.queryByText('Loading the overview…')).not.toBeInTheDocument();
});

test('a wall is never blank while its code loads, and a rotating wall fetches the next view’s code before it is due', async () => {
  server.use(configWith(wallConfig({ maskAccounts: false, rotate: ['wall', 'incidents'] }, 60)), feedWith(wallFeed()));
  renderApp('/?view=wall&rotate=20');

  expect(await screen.findByText('Loading the wall…')).toHaveAttribute('role', 'status');
  const frame = screen.getByRole('banner');
  expect(within(frame).getByText('Breachline')).toBeVisible();
  expect(screen.queryByRole('navigation', { name: 'Views' })).not.toBeInTheDocument(); // the wall's frame, not the page's

  modules.wall.release();
  expect(await screen.findByRole('region', { name: 'What needs attention now' })).toBeVisible();
  expect(screen.queryByText('Loading the wall…')).not.toBeInTheDocument();
  expect(modules.incidents.requested).toBe(true);
});
