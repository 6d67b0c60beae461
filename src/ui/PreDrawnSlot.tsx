import { useState, type ComponentType } from 'react';
import { sameProps, useHeldWhileHidden, type Props } from './useHeldWhileHidden';

// Inline as well as in the stylesheet's .predrawn-slot-hidden: queries by role in jsdom (no stylesheet) must not reach it.
const HIDDEN = { visibility: 'hidden' } as const;

interface PreDrawnSlotProps<T extends Props> {
  shown: boolean;
  /** The shown slot's answers are in: the hidden ones may be drawn once the page is idle. */
  ready: boolean;
  /** What `Draw` gets; compared field by field, so a fresh object with the same values changes nothing. */
  live: T;
  Draw: ComponentType<T>;
}

/**
 * One pre-drawn copy of a piece of the page (a chart for one range, say): invisible and inert while another is shown,
 * drawn and kept up to date only when the page is idle (useHeldWhileHidden). A click that shows it is a style change.
 */
export function PreDrawnSlot<T extends Props>({ shown, ready, live, Draw }: PreDrawnSlotProps<T>) {
  // One object per set of values: the hook's effect would otherwise start over at every render of the parent.
  const [stable, setStable] = useState(live);
  if (!sameProps(stable, live)) setStable(live);
  const { props, mounted } = useHeldWhileHidden(stable, shown, ready);
  return (
    <div className={shown ? 'predrawn-slot' : 'predrawn-slot predrawn-slot-hidden'} style={shown ? undefined : HIDDEN} inert={!shown}>
      {mounted && <Draw {...props} />}
    </div>
  );
}

/** A preset range, and a zoom inside it: the export view's and the account page's time queries alike. */
type RangeQuery = { range: string; from?: number | undefined; to?: number | undefined };

interface PresetRangeSlotsProps<Q extends RangeQuery, T extends Record<K, unknown>, K extends string> {
  /** The preset ranges, each drawn once. */
  ranges: readonly Q['range'][];
  /** The URL's time: its range is the shown slot, and a zoom (from/to) is drawn in that slot only. */
  query: Q;
  ready: boolean;
  /** The name of `Draw`'s time prop, which takes a query like `query`. */
  timeProp: K;
  /** Everything else `Draw` gets, the same for every range. */
  live: Omit<T, K>;
  Draw: ComponentType<T>;
}

/**
 * A piece of the page drawn for every preset range (24 hours, 7 days, 30 days), the shown range in the flow and the
 * others hidden underneath: a range click shows a copy already drawn instead of waiting for the worker and a chart.
 */
export function PresetRangeSlots<Q extends RangeQuery, T extends Record<K, unknown>, K extends string>({
  ranges,
  query,
  ready,
  timeProp,
  live,
  Draw,
}: PresetRangeSlotsProps<Q, T, K>) {
  const zoomed = query.from !== undefined || query.to !== undefined;
  return (
    // Stacked in one place: the shown slot in the flow, the others drawn underneath it (styles.css).
    <div className="predrawn-slots">
      {ranges.map((range) => (
        <PreDrawnSlot key={range} shown={range === query.range} ready={ready} live={{ ...live, [timeProp]: zoomed && range === query.range ? query : presetQuery<Q>(range) } as unknown as T} Draw={Draw} />
      ))}
    </div>
  );
}

// One query object per preset range for the app's life: a hidden slot's time must not look new at every render.
const presetQueries = new Map<string, { range: string }>();
function presetQuery<Q extends { range: string }>(range: Q['range']): Q {
  let query = presetQueries.get(range);
  if (!query) presetQueries.set(range, (query = { range }));
  return query as Q;
}
