import { useQuery } from '@tanstack/react-query';
import type { TimeWindow } from '../../analysis/incident-timeline/killChainLanes';
import { feedQueries } from '../../queries/feedQueries';
import type { ViewProps } from '../../queries/loadFeed';
import { useUrlState } from '../../state/urlState';
import { ErrorState } from '../../ui/ErrorState';
import { FeedText } from '../../ui/FeedText';
import { Panel } from '../../ui/Panel';
import { IncidentDetail } from './IncidentDetail';
import { IncidentList } from './IncidentList';
import { UnassignedDetectionsList } from './UnassignedDetectionsList';

/** Incident timelines: wires the URL (incident, from/to) and the worker's answers to the pieces that draw them. */
export function IncidentsPanel({ feed }: ViewProps) {
  const [url, update] = useUrlState();
  const zone = feed.context.timezone;
  const list = useQuery(feedQueries.incidentList(feed.revision));
  const window = url.from !== undefined && url.to !== undefined && url.to > url.from ? { start: url.from, end: url.to } : null;
  // With no incident in the URL the worker shows the one that got furthest (the top of the list), without waiting for the list.
  const timeline = useQuery(feedQueries.incidentTimeline(feed.revision, url.incident ?? null, window));
  const selected = url.incident ?? timeline.data?.incident.id ?? null;
  const unassigned = useQuery(feedQueries.unassignedDetections(feed.revision));
  const zoom = (next: TimeWindow | null) => update({ from: next?.start, to: next?.end });

  return (
    <div className="incidents-view">
      <h1>Incident timelines</h1>
      <div className="incidents-layout">
        <Panel title={list.data ? `Incidents (${list.data.length})` : 'Incidents'}>
          {list.error ? (
            <ErrorState title="The incident list could not be built" message={list.error.message} />
          ) : list.data ? (
            <IncidentList incidents={list.data} selected={selected} zone={zone} />
          ) : (
            <p role="status">Working…</p>
          )}
        </Panel>
        <div className="incidents-main">
          {timeline.error ? (
            <ErrorState title="The timeline could not be built" message={timeline.error.message} />
          ) : timeline.data === null ? (
            url.incident ? (
              <p role="alert" className="incident-missing">
                This feed has no incident <FeedText text={url.incident} />. Pick one from the list.
              </p>
            ) : (
              <p>No incident to show: every detection of this feed is listed below as unassigned.</p>
            )
          ) : timeline.data ? (
            <IncidentDetail
              timeline={timeline.data}
              item={list.data?.find((i) => i.id === timeline.data?.incident.id)}
              revision={feed.revision}
              zone={zone}
              onZoom={zoom}
            />
          ) : (
            <p role="status">Working…</p>
          )}
        </div>
      </div>
      <Panel title={unassigned.data ? `Unassigned detections (${unassigned.data.total})` : 'Unassigned detections'}>
        {unassigned.data ? <UnassignedDetectionsList unassigned={unassigned.data} zone={zone} /> : <p role="status">Working…</p>}
      </Panel>
    </div>
  );
}
