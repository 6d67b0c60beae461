import { CartesianGrid } from 'recharts';
import { CHART } from './chartStyle';

// recharts computes the vertical lines' places even with vertical={false}: its default generator lays out the time
// axis' ticks again, measuring every label it has not measured before in the DOM (17.6 ms of the first 7→30-day switch
// on the 1M feed, profiled; less once its text-size cache holds the labels). None drawn, none computed.
const NO_LINES: number[] = [];
const noVerticalLines = () => NO_LINES;

/** The export charts' grid: horizontal lines at the value axis' ticks only. One element, so React skips it on redraw. */
export const HORIZONTAL_GRID = <CartesianGrid stroke={CHART.grid} vertical={false} verticalCoordinatesGenerator={noVerticalLines} />;
