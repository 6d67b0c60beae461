import { useNow } from '../../state/useNow';
import { formatDuration } from '../../ui/format';
import { wallTime } from './wallTime';

interface WallStatusProps {
  zone: string;
  /** When the feed on screen was loaded; undefined before the first load. */
  loadedAt: number | undefined;
  /** The feed's own "now" (meta.generatedAt): a host serving the same old file looks fresh by load time alone. */
  dataUntil: number | undefined;
  /** A pinned demo clock: old data on purpose, not worth a warning. */
  pinned: boolean;
  /** How old the feed's content may be before the wall says so. */
  contentStaleMs: number;
}

/** The clock and the age of the data, re-read every second: the only part of the wall that ticks. */
export function WallStatus({ zone, loadedAt, dataUntil, pinned, contentStaleMs }: WallStatusProps) {
  const now = useNow(1000);
  const contentAge = dataUntil === undefined ? 0 : now - dataUntil;
  return (
    <>
      <p className="wall-updated">
        {loadedAt === undefined ? 'not loaded yet' : <>updated <strong>{formatDuration(now - loadedAt)}</strong> ago</>}
        {dataUntil !== undefined && (
          <span className={!pinned && contentAge > contentStaleMs ? 'wall-content-old' : 'wall-content'}>
            {!pinned && contentAge > contentStaleMs ? '⚠ data only up to ' : 'data up to '}
            {wallTime(dataUntil, zone, now)}
          </span>
        )}
      </p>
      <p className="wall-clock" role="timer" aria-label={`Time now: ${wallTime(now, zone, now, true)}`}>
        <time dateTime={new Date(now).toISOString()}>{wallTime(now, zone, now, true)}</time>
      </p>
    </>
  );
}
