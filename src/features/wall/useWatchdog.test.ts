import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useWatchdog } from './useWatchdog';

const MIN = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function watch(progress: unknown = 0, enabled = true) {
  const refetch = vi.fn();
  const reload = vi.fn();
  const hook = renderHook((props: { progress: unknown }) => useWatchdog({ progress: props.progress, refetch, reload, enabled, intervalMs: MIN, intervals: 3, reloadAfterMs: 15 * MIN }), {
    initialProps: { progress },
  });
  return { refetch, reload, ...hook };
}

test('a wall that stopped moving is refetched after three intervals, once an interval, and reloaded as a last resort', () => {
  const { refetch, reload } = watch();
  vi.advanceTimersByTime(2.5 * MIN);
  expect(refetch).not.toHaveBeenCalled();
  vi.advanceTimersByTime(0.5 * MIN);
  expect(refetch).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(MIN);
  expect(refetch).toHaveBeenCalledTimes(2);
  expect(reload).not.toHaveBeenCalled();
  vi.advanceTimersByTime(11 * MIN);
  expect(reload).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(30 * MIN);
  expect(reload).toHaveBeenCalledTimes(1);
});

test('progress puts the watchdog back to sleep', () => {
  const { refetch, reload, rerender } = watch(0);
  for (let i = 1; i <= 30; i++) {
    vi.advanceTimersByTime(MIN);
    rerender({ progress: i });
  }
  expect(refetch).not.toHaveBeenCalled();
  expect(reload).not.toHaveBeenCalled();
});

test('a wall on a feed that never refreshes (a local file) is left alone', () => {
  const { refetch, reload } = watch(0, false);
  vi.advanceTimersByTime(60 * MIN);
  expect(refetch).not.toHaveBeenCalled();
  expect(reload).not.toHaveBeenCalled();
});

test('leaves no timer behind when unmounted', () => {
  const before = vi.getTimerCount();
  const { unmount } = watch();
  expect(vi.getTimerCount()).toBe(before + 1);
  unmount();
  expect(vi.getTimerCount()).toBe(before);
});
