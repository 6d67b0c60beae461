import { incidentTimeline } from '../analysis/incident-timeline/incidentTimeline';
import { incidentNavigatorLayer } from '../analysis/incident-timeline/incidentNavigatorLayer';
import { syntheticIncident } from '../analysis/incident-timeline/syntheticIncident';
import { unassignedDetections } from '../analysis/incident-timeline/unassignedDetections';
import { ingestFeedBytes } from '../feed/ingestFeedBytes';
import { TEST_SETTINGS } from '../test/feedBuilders';
import { measure } from './harness';
import { reportRatio } from './report';

/**
 * Kill-chain lanes of one large incident, against JSON.parse of the same feed text (the least any view of that
 * feed costs). The lanes run on every zoom and refresh, so they should stay well below the parse.
 */
const RUNS = 15; // one warm-up and five runs left the JIT half-warm: medians moved 3× between runs

export function run(): void {
  for (const count of [5_000, 50_000]) {
    const text = JSON.stringify(syntheticIncident(count));
    const result = ingestFeedBytes(new TextEncoder().encode(text), TEST_SETTINGS);
    if (!result.ok) throw new Error(result.error.why);
    const feed = result.feed;
    const first = feed.events[0]?.ts ?? 0;
    const baseline = measure(`JSON.parse (${count} detections, ${(text.length / 1e6).toFixed(1)} MB)`, () => JSON.parse(text), RUNS);
    const whole = measure(`lanes, whole incident`, () => incidentTimeline(feed, 'INC-9000', null), RUNS);
    const zoomed = measure(`lanes, zoomed to 2 h`, () => incidentTimeline(feed, 'INC-9000', { start: first, end: first + 7_200_000 }), RUNS);
    const layer = measure(`Navigator layer`, () => incidentNavigatorLayer(feed, 'INC-9000'), RUNS);
    const unassigned = measure(`unassigned detections (none)`, () => unassignedDetections(feed.events), RUNS);
    const drawn = incidentTimeline(feed, 'INC-9000', null)?.lanes;
    const shapes = drawn?.lanes.reduce((s, l) => s + (l.markers?.length ?? 0) + (l.clusters?.length ?? 0), 0);
    const suite = `incident timeline, ${count.toLocaleString('en')} detections`;
    console.log(`\n${suite} (${drawn?.counts.placements} lane placements → ${shapes} shapes to draw)`);
    for (const timing of [whole, zoomed, layer, unassigned]) reportRatio(suite, timing, baseline);
  }
}
