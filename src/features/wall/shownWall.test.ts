import { describe, expect, test } from 'vitest';
import type { WallModel } from '../../analysis/wall/wallModel';
import { newKeys, nextShownWall } from './shownWall';

const model = (keys: string[], events = 100, rejected = 0): WallModel => ({
  zone: 'UTC',
  now: 0,
  events,
  rejected,
  masked: false,
  headline: { tone: 'calm', text: '', also: [] },
  anomalies: keys.map((key) => ({ key, label: key, kind: 'bulk', level: 'red', records: 1, recordsText: '', ratioText: '', whenText: '', startedAt: 0, ongoing: false, to: 0 })),
  offHours: { hours: [], offHours: [], rows: [], maxCount: 0, privilegedActive: 0, flagged: 0 },
  incidents: { open: [], moreOpen: 0, settled: 0 },
});

const MIN = 60_000;

describe('nextShownWall', () => {
  test('marks nothing new on the first picture: a reload must not light up the whole wall', () => {
    const shown = nextShownWall(null, model(['a', 'b']), 'r1', 0);
    expect(newKeys(shown, 5 * MIN)).toEqual(new Set());
  });

  test('marks what a refresh brought, for the highlight time and no longer', () => {
    const first = nextShownWall(null, model(['a']), 'r1', 0);
    const second = nextShownWall(first, model(['a', 'b']), 'r2', MIN);
    expect(newKeys(second, 5 * MIN)).toEqual(new Set(['b']));
    const third = nextShownWall(second, model(['a', 'b']), 'r3', 7 * MIN);
    expect(newKeys(third, 5 * MIN)).toEqual(new Set());
  });

  test('forgets what left the wall, so it is new again when it comes back', () => {
    const first = nextShownWall(null, model(['a']), 'r1', 0);
    const gone = nextShownWall(first, model([]), 'r2', MIN);
    const back = nextShownWall(gone, model(['a']), 'r3', 2 * MIN);
    expect(newKeys(back, 5 * MIN)).toEqual(new Set(['a']));
  });

  test('keeps the last good picture when the feed comes back with nothing usable, and says how many were rejected', () => {
    const good = nextShownWall(null, model(['a']), 'r1', 0);
    const refused = nextShownWall(good, model([], 0, 12), 'r2', MIN);
    expect(refused.model).toBe(good.model);
    expect(refused.loadedAt).toBe(0);
    expect(refused.revision).toBe('r2');
    expect(refused.refused).toEqual({ rejected: 12, loadedAt: MIN });
    const recovered = nextShownWall(refused, model(['a']), 'r3', 2 * MIN);
    expect(recovered.refused).toBeNull();
    expect(recovered.loadedAt).toBe(2 * MIN);
  });

  test('shows an empty feed when there was never anything better', () => {
    const shown = nextShownWall(null, model([], 0, 3), 'r1', 0);
    expect(shown.model.events).toBe(0);
    expect(shown.refused).toBeNull();
  });
});
