import type { Locator, Page } from 'playwright-core';
import type { DrawnSpec, RedrawWatch } from './chromiumProbes';

/** A view of the app and what on screen says its data is drawn (data-analysis and visible UI only, no internals). */
export interface RenderView {
  name: string;
  query: string;
  drawn: DrawnSpec;
  /** Filter changes to time on the loaded view, in order: each starts from the state the one before left. */
  redraws?: readonly RedrawStep[];
}

export interface RedrawStep {
  name: string;
  control: (page: Page) => Locator;
  watch: RedrawWatch;
}

export const renderViews: readonly RenderView[] = [
  { name: 'overview', query: 'view=overview', drawn: { present: ['.overview h1', '.overview .incident-reach'] } },
  {
    name: 'exports',
    query: 'view=exports',
    drawn: { present: ['.ev-view h1'], lines: { selector: 'figure.ev-chart', min: 2 } },
    redraws: [
      // Each is a new question to the worker (nothing cached yet), except the log scale, which only redraws.
      { name: 'exports: range 7 days → 30 days', control: (page) => page.getByRole('radio', { name: '30 days' }), watch: { selector: 'figure.ev-chart' } },
      { name: 'exports: records → bytes (30 days)', control: (page) => page.getByRole('radio', { name: 'Bytes' }), watch: { selector: 'figure.ev-chart' } },
      { name: 'exports: logarithmic scale (redraw only)', control: (page) => page.getByRole('checkbox', { name: 'Logarithmic' }), watch: { selector: '.ev-charts' } },
    ],
  },
  {
    name: 'access',
    query: 'view=access',
    drawn: { present: ['.ahm-body canvas'], heatmap: true },
    redraws: [
      // All accounts first (2,600 rows on the 1M feed, the view as it opens), then the privileged cut. `.ahm`: each
      // heatmap's own text (row labels, the screen reader's table); the view keeps hidden copies for the other ranges
      // and the other answer to "privileged only", whose text a signature of the whole view would include.
      { name: 'heatmap: range 7 days → 30 days', control: (page) => page.getByRole('radio', { name: '30 days' }), watch: { selector: '.access-view .ahm', heatmap: true } },
      { name: 'heatmap: columns by day (30 days)', control: (page) => page.getByRole('radio', { name: 'Days', exact: true }), watch: { selector: '.access-view .ahm', heatmap: true } },
      { name: 'heatmap: privileged only (30 days by day)', control: (page) => page.getByRole('checkbox', { name: 'Privileged only' }), watch: { selector: '.access-view .ahm', heatmap: true } },
    ],
  },
  { name: 'incidents', query: 'view=incidents', drawn: { present: ['.incident-detail', '.lanes-plot', '.detection-table'] } },
  {
    name: 'account sup-adm-07',
    query: 'view=account&account=sup-adm-07',
    drawn: { present: ['.account-page', '.account-events-body [role="row"]'], lines: { selector: '.account-page figure', min: 1 }, heatmap: true },
    redraws: [
      // The range is in the URL: each click is a navigation within the app. The chart and the hours of every preset
      // range are drawn ahead (PresetRangeSlots); the event table asks the worker anew.
      { name: 'account: range 7 days → 30 days', control: (page) => page.getByRole('link', { name: 'Last 30 days' }), watch: { selector: '.account-page', heatmap: true } },
      { name: 'account: range 30 days → 24 hours', control: (page) => page.getByRole('link', { name: 'Last 24 hours' }), watch: { selector: '.account-page', heatmap: true } },
    ],
  },
  { name: 'wall', query: 'view=wall', drawn: { present: ['.wall-headline', '.wall-incidents', '.wall-offhours'] } },
];

/** The empty app: the overview of a ten-event feed. */
export const emptyView: RenderView = { name: 'empty app', query: 'view=overview', drawn: { present: ['.overview h1'] } };
