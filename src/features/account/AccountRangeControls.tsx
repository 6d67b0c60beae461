import type { AccountRange } from '../../analysis/account/accountWindow';
import { AppLink } from '../../state/AppLink';
import { formatDateTime } from '../../ui/format';

const RANGES: { range: AccountRange; label: string }[] = [
  { range: '24h', label: 'Last 24 hours' },
  { range: '7d', label: 'Last 7 days' },
  { range: '30d', label: 'Last 30 days' },
];

interface AccountRangeControlsProps {
  range: AccountRange;
  zoom: { from: number; to: number } | null;
  zone: string;
}

/** The time range of the charts and the event table (the identity card and the lanes cover the whole feed). */
export function AccountRangeControls({ range, zoom, zone }: AccountRangeControlsProps) {
  return (
    <nav aria-label="Time range" className="account-range">
      {RANGES.map((r) => (
        <AppLink key={r.range} to={{ range: r.range, from: undefined, to: undefined }} aria-current={!zoom && range === r.range ? 'page' : undefined}>
          {r.label}
        </AppLink>
      ))}
      {zoom && (
        <span className="account-zoom">
          Zoomed: {formatDateTime(zoom.from, zone)} – {formatDateTime(zoom.to, zone)}{' '}
          <AppLink to={{ from: undefined, to: undefined }}>show the whole range</AppLink>
        </span>
      )}
    </nav>
  );
}
