import { screen } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DEMO_FEED_URL } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { feedWith } from '../../../mocks/overrides';
import { configWith } from '../../test/configHandlers';
import { renderApp } from '../../test/renderApp';
import { wallConfig, wallFeed } from './wallTestFeed';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const headline = () => screen.findByRole('region', { name: 'What needs attention now' });

test('rotates through the configured views, says what comes next, and leaves no timer, listener or object URL behind', async () => {
  const listening = new Map<string, number>();
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    listening.set(type, (listening.get(type) ?? 0) + 1);
    add(type, listener, options);
  });
  vi.spyOn(window, 'removeEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
    listening.set(type, (listening.get(type) ?? 0) - 1);
    remove(type, listener, options);
  });
  const objectUrls = { made: 0, revoked: 0 };
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:test/${++objectUrls.made}`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => void objectUrls.revoked++);
  const timersBefore = vi.getTimerCount();
  server.use(configWith(wallConfig({ maskAccounts: false, rotate: ['wall', 'incidents', 'access'] }, 60)), feedWith(wallFeed()));
  const { client, unmount } = renderApp('/?view=wall&rotate=20');

  await headline();
  expect(screen.getByRole('contentinfo', { name: 'Rotation' })).toHaveTextContent(/^▶ Next: Incidents in 20 s$/);
  await vi.advanceTimersByTimeAsync(20_000);
  expect(await screen.findByRole('region', { name: /^Incidents/ })).toBeInTheDocument();
  expect(new URLSearchParams(location.search).get('view')).toBe('incidents');
  expect(new URLSearchParams(location.search).get('wall')).toBe('1');
  expect(screen.getByRole('contentinfo', { name: 'Rotation' })).toHaveTextContent('Next: Access heatmap in 20 s');
  await vi.advanceTimersByTimeAsync(20_000);
  expect(await screen.findByRole('heading', { name: 'Access heatmap' })).toBeInTheDocument();
  await vi.advanceTimersByTimeAsync(20_000);
  await headline();

  unmount();
  client.clear(); // the cache's own garbage-collection timers belong to the client, not to the views
  expect(vi.getTimerCount()).toBe(timersBefore);
  for (const [type, count] of listening) expect({ type, count }).toEqual({ type, count: 0 });
  expect(objectUrls.made).toBe(objectUrls.revoked);
});

test('the watchdog cancels a refresh that hangs and fetches again, so the wall moves on by itself', async () => {
  server.use(configWith(wallConfig({ watchdogIntervals: 3 }, 5)), feedWith(wallFeed()));
  renderApp('/?view=wall');
  await headline();

  let hung = 0;
  server.use(http.get(DEMO_FEED_URL, () => { hung++; return new Promise<never>(() => undefined); }));
  await vi.advanceTimersByTimeAsync(5_000);
  expect(hung).toBe(1);
  // The interval does not start a second request while one is in flight: without the watchdog this wall is frozen.
  await vi.advanceTimersByTimeAsync(5_000);
  expect(hung).toBe(1);

  server.use(feedWith(wallFeed(true)));
  await vi.advanceTimersByTimeAsync(10_000);
  expect(await screen.findByText('INC-2')).toBeInTheDocument();
});
