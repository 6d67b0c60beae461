import type { WallOptions } from '../../analysis/wall/wallModel';
import type { AppConfig } from '../../feed/configSchema';
import type { View } from '../../state/urlState';

export type WallConfig = AppConfig['wall'];

/** The worker's question for this deployment: few rows per panel, large enough to read at 5 m. */
export const wallOptionsOf = (wall: WallConfig): WallOptions => ({ maskAccounts: wall.maskAccounts, anomalies: 4, offHoursRows: 5, incidents: 3 });

export const VIEW_NAMES: Record<View, string> = {
  wall: 'Wall summary',
  overview: 'Overview',
  exports: 'Export volume',
  access: 'Access heatmap',
  incidents: 'Incidents',
  account: 'Account',
};

/** Whether this view, on this wall, shows account names the deployment asked to mask. */
export const showsMaskedNames = (wall: WallConfig, view: View) => wall.maskAccounts && !MASKING_VIEWS.includes(view);

export interface Rotation {
  next: View;
  seconds: number;
}

/** Views that can hide account names: only the wall's own summary. The analyst views always show them. */
const MASKING_VIEWS: readonly View[] = ['wall'];

/**
 * Where the wall goes next, and after how long: the URL's `rotate` (seconds) wins over config.json, 0 turns it off,
 * and a view not in the list (someone opened `?view=account&wall=1`) stays put. A wall that masks accounts rotates
 * only through views that mask them: rotating onto the export view would put every name back on the screen.
 */
export function rotationOf(wall: WallConfig, view: View, urlSeconds: number | undefined): Rotation | null {
  const seconds = urlSeconds ?? wall.rotateSeconds;
  const views = wall.maskAccounts ? wall.rotate.filter((v) => MASKING_VIEWS.includes(v)) : wall.rotate;
  const at = views.indexOf(view as (typeof views)[number]);
  if (seconds <= 0 || views.length < 2 || at < 0) return null;
  return { next: views[(at + 1) % views.length] as View, seconds };
}
