import { useLoadProgress, type LoadProgress as Progress } from '../../state/loadProgressStore';
import { formatBytes, formatInt } from '../../ui/format';

/** The words under the bar: what has been read, parsed and refused so far, and what is being done now. */
export function loadProgressWords(progress: Progress | null): string {
  if (!progress) return 'Loading and analysing the feed…';
  const { paging, stream, total } = progress;
  if (!stream) {
    // A search feed pages through the cluster's sums first: say how far it has got, so a long wait is not a hang.
    if (paging && paging.pages > 0) return `Reading hourly sums from the cluster: ${formatInt(paging.pages)} pages, ${formatInt(paging.buckets)} account-hours…`;
    return 'Loading and analysing the feed…';
  }
  const read = total === null ? formatBytes(stream.bytes) : `${formatBytes(stream.bytes)} of ${formatBytes(total)}`;
  // An envelope's events are parsed as they arrive but checked at its end: no rejects to count yet.
  const parsed =
    stream.mode === 'lines' ? ` · ${formatInt(stream.records)} records parsed · ${formatInt(stream.rejected)} rejected` : stream.records > 0 ? ` · ${formatInt(stream.records)} events parsed` : '';
  if (total !== null && stream.bytes >= total) {
    return stream.mode === 'lines' || stream.records > 0 ? `Read ${read}${parsed}; checking and analysing…` : `Read ${read}; parsing and analysing…`;
  }
  return `Reading the feed: ${read}${parsed}…`;
}

/** The loading state: a real progress bar when the size is known, words always (screen readers hear the status). */
export function LoadProgress({ sourceId }: { sourceId: string }) {
  const progress = useLoadProgress(sourceId);
  const total = progress?.total ?? null;
  const bytes = progress?.stream?.bytes ?? 0;
  return (
    <div className="load-progress">
      {/* No value while the size is unknown: an indeterminate bar, not a fake percentage. */}
      <progress aria-label="Feed loaded" max={total ?? undefined} value={total === null ? undefined : Math.min(bytes, total)} />
      <p className="loading" role="status">
        {loadProgressWords(progress)}
      </p>
    </div>
  );
}
