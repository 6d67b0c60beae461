import { act, render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { loadProgressActions } from '../../state/loadProgressStore';
import { LoadProgress } from './LoadProgress';

describe('the loading progress', () => {
  test('shows bytes read of the total on a bar, and records parsed and rejected as NDJSON streams in', () => {
    render(<LoadProgress sourceId="s1" />);
    act(() => {
      loadProgressActions.started('s1', 10_000_000);
      loadProgressActions.streamed('s1', { bytes: 4_000_000, records: 24_500, rejected: 3, mode: 'lines' });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Reading the feed: 4.0 MB of 10.0 MB · 24,500 records parsed · 3 rejected…');
    const bar = screen.getByRole('progressbar', { name: 'Feed loaded' });
    expect(bar).toHaveAttribute('value', '4000000');
    expect(bar).toHaveAttribute('max', '10000000');
  });

  test('a JSON document read whole says so once its bytes are in; an unknown size leaves the bar indeterminate', () => {
    render(<LoadProgress sourceId="s2" />);
    act(() => {
      loadProgressActions.started('s2', null);
      loadProgressActions.streamed('s2', { bytes: 2_000, records: 0, rejected: 0, mode: 'whole' });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Reading the feed: 2.0 KB…');
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    act(() => loadProgressActions.started("s2", 2_000));
    act(() => loadProgressActions.streamed('s2', { bytes: 2_000, records: 0, rejected: 0, mode: 'whole' }));
    expect(screen.getByRole('status')).toHaveTextContent('Read 2.0 KB of 2.0 KB; parsing and analysing…');
  });

  test('an envelope counts its events as they are parsed, and is checked once it is in', () => {
    render(<LoadProgress sourceId="s3" />);
    act(() => {
      loadProgressActions.started('s3', 10_000_000);
      loadProgressActions.streamed('s3', { bytes: 4_000_000, records: 24_500, rejected: 0, mode: 'whole' });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Reading the feed: 4.0 MB of 10.0 MB · 24,500 events parsed…');
    act(() => loadProgressActions.streamed('s3', { bytes: 10_000_000, records: 61_000, rejected: 0, mode: 'whole' }));
    expect(screen.getByRole('status')).toHaveTextContent('Read 10.0 MB of 10.0 MB · 61,000 events parsed; checking and analysing…');
  });

  test("another source's progress is not shown", () => {
    render(<LoadProgress sourceId="mine" />);
    act(() => loadProgressActions.streamed('other', { bytes: 99, records: 5, rejected: 0, mode: 'lines' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading and analysing the feed…');
  });
});
