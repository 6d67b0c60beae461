import { describe, expect, test } from 'vitest';
import { DEFAULT_DEMO_NOW, DEFAULT_DEMO_SEED } from '../../../mocks/demoFeedArgs';
import { demoScenario } from '../../../mocks/demoScenario';
import { TACTICS } from '../../attack/catalogue';
import { ingestFeed } from '../../feed/ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import { incidentList } from './incidentList';
import { incidentTimeline } from './incidentTimeline';
import { UNPLACED } from './detectionInfo';
import { unassignedDetections } from './unassignedDetections';

// Measured on the demo the way an analyst would check it: counts come from the feed's own records, not from ingest.
const { feed: envelope, truth } = demoScenario({ seed: DEFAULT_DEMO_SEED, now: Date.parse(DEFAULT_DEMO_NOW) });
const result = ingestFeed(JSON.stringify(envelope), TEST_SETTINGS);
if (!result.ok) throw new Error(result.error.why);
const feed = result.feed;
const isDetection = (e: (typeof envelope.events)[number]) => e.rule !== undefined || e.attack !== undefined || e.severity !== undefined;

describe.each(truth.incidentIds)('demo incident %s', (incidentId) => {
  const timeline = incidentTimeline(feed, incidentId, null);
  if (!timeline) throw new Error(`no timeline for ${incidentId}`);
  const { lanes } = timeline;

  test('reaches Exfiltration', () => {
    expect(incidentList(feed).find((i) => i.id === incidentId)).toMatchObject({ furthest: 'TA0010', furthestName: 'Exfiltration' });
  });

  test('has its lanes in kill-chain order, Command and Control before Exfiltration', () => {
    expect(lanes.lanes.map((l) => l.id)).toEqual([...TACTICS.map((t) => t.id), UNPLACED]);
    const reached = lanes.lanes.filter((l) => l.total > 0).map((l) => l.name);
    expect(reached.at(-1)).toBe('Exfiltration');
    expect(reached).toEqual([...reached].sort((a, b) => TACTICS.findIndex((t) => t.name === a) - TACTICS.findIndex((t) => t.name === b)));
  });

  test('shows every detection of the incident on the timeline', () => {
    const fromFeed = envelope.events.filter((e) => e.incident === incidentId && isDetection(e)).map((e) => e.id).sort();
    expect(fromFeed.length).toBeGreaterThan(0);
    const onTimeline = new Set<string>();
    for (const lane of lanes.lanes) for (const marker of lane.markers ?? []) onTimeline.add(lanes.detections[marker.detection]?.id ?? '');
    // The demo's incidents are small enough never to be clustered, so each detection is a marker of its own.
    expect(lanes.lanes.every((l) => l.clusters === null)).toBe(true);
    expect([...onTimeline].sort()).toEqual(fromFeed);
    expect(lanes.counts.detections).toBe(fromFeed.length);
  });
});

test('the demo has its incidents, and its unrelated detections appear as unassigned', () => {
  expect(truth.incidentIds.length).toBeGreaterThan(0);
  const unassigned = unassignedDetections(feed.events);
  const fromFeed = envelope.events.filter((e) => !e.incident && isDetection(e)).length;
  expect(unassigned.total).toBe(fromFeed);
  expect(unassigned.groups.reduce((s, g) => s + g.count, 0)).toBe(fromFeed);
});
