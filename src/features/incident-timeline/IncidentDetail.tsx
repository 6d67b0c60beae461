import type { IncidentTimeline } from '../../analysis/incident-timeline/incidentTimeline';
import type { IncidentListItem } from '../../analysis/incident-timeline/incidentList';
import type { TimeWindow } from '../../analysis/incident-timeline/killChainLanes';
import { AccountLink } from '../../state/AppLink';
import { FeedText } from '../../ui/FeedText';
import { formatInt } from '../../ui/format';
import { DetectionTable } from './DetectionTable';
import { KillChainLanesChart } from '../../ui/kill-chain/KillChainLanesChart';
import { KillChainStrip } from '../../ui/KillChainStrip';
import { NavigatorLayerButton } from './NavigatorLayerButton';
import { formatShort } from '../../ui/kill-chain/timelineFormat';
import { ZoomControls } from './ZoomControls';

interface IncidentDetailProps {
  timeline: IncidentTimeline;
  item: IncidentListItem | undefined;
  revision: string;
  zone: string;
  onZoom: (window: TimeWindow | null) => void;
}

/** One incident: how far it got, its kill-chain lanes over time, and its detections as a table. */
export function IncidentDetail({ timeline, item, revision, zone, onZoom }: IncidentDetailProps) {
  const { incident, lanes, ticks } = timeline;
  const zoomed = lanes.window.start !== lanes.span.start || lanes.window.end !== lanes.span.end;
  return (
    <section className="panel incident-detail" aria-labelledby="incident-heading">
      <header className="incident-detail-header">
        <div>
          <h2 id="incident-heading">
            <FeedText text={incident.id} max={40} /> {incident.title && <FeedText text={incident.title} />}
          </h2>
          <p className="incident-facts">
            <span className={`status status-${incident.status ?? 'unknown'}`}>{incident.status ?? 'status unknown'}</span>{' '}
            {formatInt(lanes.counts.detections)} detections
            {incident.opened !== null && ` · opened ${formatShort(incident.opened, zone)}`}
          </p>
        </div>
        {item && <KillChainStrip cells={item.strip} furthestName={item.furthestName} />}
      </header>
      <ZoomControls window={lanes.window} span={lanes.span} zoomed={zoomed} zone={zone} inWindow={lanes.counts.inWindow} total={lanes.counts.detections} onZoom={onZoom}>
        <NavigatorLayerButton revision={revision} incidentId={incident.id} />
      </ZoomControls>
      <KillChainLanesChart lanes={lanes} ticks={ticks} zone={zone} title={`Kill-chain lanes of incident ${incident.id}`} onZoom={onZoom} renderAccount={(account) => <AccountLink account={account} />} />
      <DetectionTable lanes={lanes} zone={zone} />
    </section>
  );
}
