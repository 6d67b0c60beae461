import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useHeldWhileHidden } from './useHeldWhileHidden';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const render = (initial: { live: { scale: string }; shown: boolean; ready: boolean }) =>
  renderHook(({ live, shown, ready }) => useHeldWhileHidden(live, shown, ready), { initialProps: initial });

test('shown, it follows the live props in the same render', () => {
  const { result, rerender } = render({ live: { scale: 'linear' }, shown: true, ready: true });
  expect(result.current).toEqual({ props: { scale: 'linear' }, mounted: true });
  rerender({ live: { scale: 'log' }, shown: true, ready: true });
  expect(result.current.props).toEqual({ scale: 'log' });
});

test('hidden, it mounts only once the shown copy is ready and the page is idle', () => {
  const { result, rerender } = render({ live: { scale: 'linear' }, shown: false, ready: false });
  act(() => vi.advanceTimersByTime(1_000));
  expect(result.current.mounted).toBe(false);
  rerender({ live: { scale: 'linear' }, shown: false, ready: true });
  expect(result.current.mounted).toBe(false);
  act(() => vi.advanceTimersByTime(100));
  expect(result.current.mounted).toBe(true);
});

test('hidden, it keeps the props it drew until idle, then catches up; shown again, it is live at once', () => {
  const { result, rerender } = render({ live: { scale: 'linear' }, shown: true, ready: true });
  rerender({ live: { scale: 'linear' }, shown: false, ready: true });
  rerender({ live: { scale: 'log' }, shown: false, ready: true });
  expect(result.current.props).toEqual({ scale: 'linear' });
  act(() => vi.advanceTimersByTime(100));
  expect(result.current.props).toEqual({ scale: 'log' });
  rerender({ live: { scale: 'symlog' }, shown: false, ready: true });
  expect(result.current.props).toEqual({ scale: 'log' });
  rerender({ live: { scale: 'symlog' }, shown: true, ready: true });
  expect(result.current.props).toEqual({ scale: 'symlog' });
});

test('equal props in a new object are not a change: nothing is scheduled, nothing re-rendered', () => {
  const { result, rerender } = render({ live: { scale: 'linear' }, shown: false, ready: true });
  act(() => vi.advanceTimersByTime(100));
  const drawn = result.current.props;
  rerender({ live: { scale: 'linear' }, shown: false, ready: true });
  expect(vi.getTimerCount()).toBe(0);
  expect(result.current.props).toBe(drawn);
});
