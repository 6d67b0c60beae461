import { ACCOUNT_RANGES, type AccountRange } from '../../analysis/account/accountWindow';
import { AppLink } from '../../state/AppLink';
import { formatDateTime } from '../../ui/format';

// The same list the page draws ahead (PresetRangeSlots), so a link never names a range that is not drawn.
const LABELS: Record<AccountRange, string> = { '24h': 'Last 24 hours', '7d': 'Last 7 days', '30d': 'Last 30 days' };

interface AccountRangeControlsProps {
  range: AccountRange;
  zoom: { from: number; to: number } | null;
  zone: string;
}

/** The time range of the charts and the event table (the identity card and the lanes cover the whole feed). */
export function AccountRangeControls({ range, zoom, zone }: AccountRangeControlsProps) {
  return (
    <nav aria-label="Time range" className="account-range">
      {ACCOUNT_RANGES.map((r) => (
        <AppLink key={r} to={{ range: r, from: undefined, to: undefined }} aria-current={!zoom && range === r ? 'page' : undefined}>
          {LABELS[r]}
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
