import type { WallModel } from '../../analysis/wall/wallModel';
import type { ShownWall } from './shownWall';
import { WallAnomalies } from './WallAnomalies';
import { WallHeadline } from './WallHeadline';
import { WallIncidents } from './WallIncidents';
import { WallOffHoursStrip } from './WallOffHoursStrip';
import { WallRefusedNotice } from './WallRefusedNotice';
import type { WallConfig } from './wallSettings';

interface WallBoardProps {
  model: WallModel;
  panels: WallConfig['panels'];
  /** Keys of anomalies and incidents that arrived recently: marked NEW. */
  fresh: ReadonlySet<string>;
  refused: ShownWall['refused'];
  loadedAt: number;
  /** The feed revision on screen, as a data attribute: the soak test waits for it to change. */
  revision: string;
}

/** The three signals and the headline on one screen, laid out for 1920×1080 and scaled with the screen. */
export function WallBoard({ model, panels, fresh, refused, loadedAt, revision }: WallBoardProps) {
  return (
    <div className="wall-board" data-revision={revision}>
      {refused && <WallRefusedNotice refused={refused} loadedAt={loadedAt} zone={model.zone} />}
      <WallHeadline headline={model.headline} />
      <div className="wall-panels">
        {panels.includes('exports') && <WallAnomalies anomalies={model.anomalies} fresh={fresh} />}
        {panels.includes('incidents') && <WallIncidents incidents={model.incidents} fresh={fresh} />}
        {panels.includes('off-hours') && <WallOffHoursStrip offHours={model.offHours} />}
      </div>
      {model.masked && <p className="wall-footnote">Account names are masked on this screen; the analyst views show them.</p>}
    </div>
  );
}
