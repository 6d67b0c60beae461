import '../feed/zodWithoutEval';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { z } from 'zod';

export const VIEWS = ['overview', 'exports', 'access', 'incidents', 'account', 'wall'] as const;
export type View = (typeof VIEWS)[number];

// .catch(): a stale or hand-edited link degrades to defaults instead of a blank wall.
const urlSchema = z.object({
  view: z.enum(VIEWS).catch('overview'),
  account: z.string().min(1).max(100_000).optional().catch(undefined), // as long as the feed schema allows
  incident: z.string().min(1).max(500).optional().catch(undefined),
  range: z.enum(['24h', '7d', '30d']).catch('7d'),
  /** Brush zoom inside the range, epoch ms. */
  from: z.coerce.number().int().positive().optional().catch(undefined),
  to: z.coerce.number().int().positive().optional().catch(undefined),
  /** A configured feed by id. */
  source: z.string().regex(/^[a-z0-9-]+$/).optional().catch(undefined),
  /** A feed by URL: shown with its origin, and only loaded from an allowed origin or after confirmation. */
  feed: z.string().max(4000).optional().catch(undefined),
  demoSeed: z.coerce.number().int().optional().catch(undefined),
  demoNow: z.string().max(40).optional().catch(undefined),
  wall: z.enum(['1']).optional().catch(undefined),
  /** Wall rotation (issue 8): seconds per view, 0 for none; overrides config.json's wall.rotateSeconds on this screen. */
  rotate: z.coerce.number().int().min(0).max(86_400).optional().catch(undefined),
  /** Access heatmap (issue 5): columns by hour of day (default) or across the range by day or hour; row order; privileged only; all rows fitted to the screen. */
  heatmap: z.enum(['hour-of-day', 'days', 'hours']).optional().catch(undefined),
  heatmapOrder: z.enum(['score', 'name', 'total']).optional().catch(undefined),
  privileged: z.enum(['1']).optional().catch(undefined),
  heatmapRows: z.enum(['fit']).optional().catch(undefined),
  /** Account drill-down (issue 7): the event table's action filter, text search, sort, and the event whose raw record is open. */
  eventAction: z.string().min(1).max(200).optional().catch(undefined),
  eventText: z.string().min(1).max(200).optional().catch(undefined),
  eventSort: z.enum(['-time', 'time', 'action', '-action', '-records', 'records', '-bytes', 'bytes', 'ip', '-ip', 'host', '-host']).optional().catch(undefined),
  event: z.string().min(1).max(500).optional().catch(undefined),
});

export type UrlState = z.infer<typeof urlSchema>;
export type UrlPatch = { [K in keyof UrlState]?: UrlState[K] | undefined };

// Every link and view reads the URL through useUrlState, so one click that changes it is dozens of readings of the
// same string: the last one is kept (a schema parse each was ~4 ms of a heatmap filter click on the 1M feed).
let lastSearch: string | null = null;
let lastState: UrlState | null = null;

export function parseUrlState(search: string): UrlState {
  if (search !== lastSearch || !lastState) {
    lastState = urlSchema.parse(Object.fromEntries(new URLSearchParams(search)));
    lastSearch = search;
  }
  return lastState;
}

let hrefBase: string | null = null;
const hrefs = new Map<string, string>();

/** The link for a state change, keeping every other parameter: used by links so they open in a new tab too. */
export function hrefFor(patch: UrlPatch, search = location.search): string {
  // The same links are drawn again on every URL change (each row's account, each tab): one answer per patch and URL.
  const base = `${location.pathname}${search}`;
  // A wall left on one URL for weeks meets new accounts: the table is bounded all the same.
  if (base !== hrefBase || hrefs.size > 10_000) {
    hrefs.clear();
    hrefBase = base;
  }
  const key = JSON.stringify(Object.entries(patch));
  let href = hrefs.get(key);
  if (href === undefined) hrefs.set(key, (href = buildHref(patch, search)));
  return href;
}

function buildHref(patch: UrlPatch, search: string): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

const subscribe = (onChange: () => void) => {
  addEventListener('popstate', onChange);
  return () => removeEventListener('popstate', onChange);
};

/** The only code that touches `location`: shareable state lives in the query string of one index.html. */
export function useUrlState(): [UrlState, (patch: UrlPatch, mode?: 'push' | 'replace') => void] {
  const search = useSyncExternalStore(subscribe, () => location.search);
  const state = useMemo(() => parseUrlState(search), [search]);
  const update = useCallback((patch: UrlPatch, mode: 'push' | 'replace' = 'push') => {
    const next = hrefFor(patch);
    if (mode === 'push') history.pushState(null, '', next);
    else history.replaceState(null, '', next);
    dispatchEvent(new PopStateEvent('popstate')); // pushState fires no event; tell subscribers ourselves
  }, []);
  return [state, update];
}
