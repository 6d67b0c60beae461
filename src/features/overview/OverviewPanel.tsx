import { useQuery } from '@tanstack/react-query';
import type { ViewProps } from '../../queries/loadFeed';
import { feedQueries } from '../../queries/feedQueries';
import { Panel } from '../../ui/Panel';
import { FeedFigures } from './FeedFigures';
import { FeedInWords } from './FeedInWords';
import { IncidentReachList } from './IncidentReachList';
import { ProblemList } from './ProblemList';
import { TopExportsList } from './TopExportsList';
import { TacticCounts } from './TacticCounts';

export function OverviewPanel({ feed }: ViewProps) {
  const overview = useQuery(feedQueries.overview(feed.revision));
  const zone = feed.context.timezone;
  return (
    <div className="overview">
      <h1>Feed overview</h1>
      <FeedInWords summary={feed.summary} context={feed.context} />
      <FeedFigures summary={feed.summary} />
      <div className="overview-grid">
        <Panel title="Incidents and how far they got">
          {overview.data ? <IncidentReachList incidents={overview.data.incidents} zone={zone} /> : <p role="status">Working…</p>}
        </Panel>
        <Panel title="Export anomalies">
          {overview.data ? <TopExportsList anomalies={overview.data.topExports} zone={zone} /> : <p role="status">Working…</p>}
        </Panel>
        <Panel title="Detections by ATT&CK tactic">
          <TacticCounts tactics={feed.summary.tactics} />
        </Panel>
      </div>
      <Panel title={`Rejected records (${feed.summary.rejected})`}>
        {feed.summary.rejectedBySource.length > 1 && (
          <p>By source: {feed.summary.rejectedBySource.map((s) => `${s.source} ${s.count}`).join(' · ')}</p>
        )}
        <ProblemList problems={feed.rejects} total={feed.summary.rejected} empty="Every record in the feed was accepted." />
      </Panel>
      <Panel title={`Warnings (${feed.summary.warnings})`}>
        <ProblemList problems={feed.warnings} total={feed.summary.warnings} empty="No warnings." />
      </Panel>
    </div>
  );
}
