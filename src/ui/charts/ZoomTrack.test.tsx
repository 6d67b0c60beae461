import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { brushIndices, type ExportWindow } from '../../analysis/export-volume/exportWindow';
import { ZoomTrack } from './ZoomTrack';

const HOUR = 3_600_000;
const START = Date.UTC(2026, 1, 1);
// 49 hourly points: two days and an hour, so a PageUp (a day) fits twice.
const POINTS = Array.from({ length: 49 }, (_, i) => ({ t: START + i * HOUR }));
const label = (t: number) => `h${(t - START) / HOUR}`;
const whole: ExportWindow = { from: START, to: START + 49 * HOUR, zoom: null, firstBucket: 0, lastBucket: 48, ticks: [] };

/** The track as a page uses it: the zoom goes out (as to the URL) and comes back as the brush indices. */
function Harness({ onZoom }: { onZoom: (zoom: { from: number; to: number } | null) => void }) {
  const [zoom, setZoom] = useState<{ from: number; to: number } | null>(null);
  const brush = brushIndices(POINTS, { ...whole, zoom });
  return (
    <ZoomTrack
      points={POINTS}
      brush={brush}
      label={label}
      inset={{ left: 0, right: 0 }}
      onZoom={(next) => {
        onZoom(next);
        setZoom(next);
      }}
    />
  );
}

test('the handles are sliders named for their edge, with the hour they sit at as their value', () => {
  render(<Harness onZoom={() => {}} />);
  expect(screen.getByRole('slider', { name: 'Zoom start' })).toHaveAttribute('aria-valuetext', 'h0');
  expect(screen.getByRole('slider', { name: 'Zoom end' })).toHaveAttribute('aria-valuetext', 'h48');
});

test('keys move an edge by an hour or a day; back to the whole span clears the zoom', async () => {
  const onZoom = vi.fn();
  const user = userEvent.setup();
  render(<Harness onZoom={onZoom} />);
  const start = screen.getByRole('slider', { name: 'Zoom start' });
  start.focus();
  await user.keyboard('{PageUp}');
  expect(onZoom).toHaveBeenLastCalledWith({ from: START + 24 * HOUR, to: START + 49 * HOUR });
  await user.keyboard('{ArrowRight}');
  expect(start).toHaveAttribute('aria-valuetext', 'h25');
  // The start cannot pass the end: the window keeps at least two hours.
  await user.keyboard('{End}');
  expect(start).toHaveAttribute('aria-valuetext', 'h47');
  await user.keyboard('{Home}');
  expect(onZoom).toHaveBeenLastCalledWith(null);
});

test('a drag across the empty rail draws a new window, committed once when the pointer is let go', () => {
  const onZoom = vi.fn();
  render(<Harness onZoom={onZoom} />);
  const rail = screen.getByRole('slider', { name: 'Zoom start' }).parentElement!;
  // jsdom lays nothing out: the rail claims 480 px, ten per hour.
  vi.spyOn(rail, 'getBoundingClientRect').mockReturnValue({ left: 0, width: 480, top: 0, height: 26, right: 480, bottom: 26, x: 0, y: 0, toJSON: () => ({}) });
  // The whole span is zoomed in first, so the rail has room outside the window.
  fireEvent.keyDown(screen.getByRole('slider', { name: 'Zoom end' }), { key: 'PageDown' });
  onZoom.mockClear();
  fireEvent.pointerDown(rail, { clientX: 300, pointerId: 1 });
  fireEvent.pointerMove(rail, { clientX: 400, pointerId: 1 });
  fireEvent.pointerMove(rail, { clientX: 450, pointerId: 1 });
  expect(onZoom).not.toHaveBeenCalled();
  expect(screen.getByRole('slider', { name: 'Zoom end' })).toHaveAttribute('aria-valuetext', 'h45');
  fireEvent.pointerUp(rail, { clientX: 450, pointerId: 1 });
  expect(onZoom).toHaveBeenCalledTimes(1);
  expect(onZoom).toHaveBeenCalledWith({ from: START + 30 * HOUR, to: START + 46 * HOUR });
});
