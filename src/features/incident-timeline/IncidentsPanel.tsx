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
  // With no incident in the URL, the one that got furthest (the list is sorted that way) is shown.
  const selected = url.incident ?? list.data?.[0]?.id ?? null;
  const window = url.from !== undefined && url.to !== undefined && url.to > url.from ? { start: url.from, end: url.to } : null;
  const timeline = useQuery({ ...feedQueries.incidentTimeline(feed.revision, selected ?? '', window), enabled: selected !== null });
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
            <p role="alert" className="incident-missing">
              This feed has no incident <FeedText text={selected ?? ''} />. Pick one from the list.
            </p>
          ) : timeline.data ? (
            <IncidentDetail
              timeline={timeline.data}
              item={list.data?.find((i) => i.id === timeline.data?.incident.id)}
              revision={feed.revision}
              zone={zone}
              zoomed={window !== null && timeline.data.lanes.window.start !== timeline.data.lanes.span.start || timeline.data.lanes.window.end !== timeline.data.lanes.span.end}
              onZoom={zoom}
            />
          ) : (
            selected !== null && <p role="status">Working…</p>
          )}
        </div>
      </div>
      <Panel title={unassigned.data ? `Unassigned detections (${unassigned.data.total})` : 'Unassigned detections'}>
        {unassigned.data ? <UnassignedDetectionsList unassigned={unassigned.data} zone={zone} /> : <p role="status">Working…</p>}
      </Panel>
    </div>
  );
}
