import { useQuery } from '@tanstack/react-query';
import type { AccountTimeQuery } from '../../analysis/account/accountWindow';
import { feedQueries } from '../../queries/feedQueries';
import { ErrorState } from '../../ui/ErrorState';
import { formatDateTime, formatInt } from '../../ui/format';
import { HOUR_NEVER, HOUR_UNUSUAL } from '../../analysis/account/accountHours';
import { AccountHeatmap } from '../../ui/heatmap/AccountHeatmap';
import type { HeatmapTableWords } from '../../ui/heatmap/HeatmapTable';
import { inertText } from '../../feed/rejects';

// Module-level: the screen-reader table is memoised on its props.
const TABLE_WORDS: HeatmapTableWords = {
  rowHeading: 'Period',
  marks: { [HOUR_NEVER]: ', an hour its baseline almost never had', [HOUR_UNUSUAL]: ', over three times its baseline' },
};

const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The account's hours of day in the range against the hours it kept in the baseline, on the access view's canvas. */
export function AccountHours({ revision, account, time, zone }: { revision: string; account: string; time: AccountTimeQuery; zone: string }) {
  const hours = useQuery(feedQueries.accountHours(revision, account, time));
  if (hours.error) return <ErrorState title="This account's hours could not be drawn" message={hours.error.message} />;
  if (!hours.data) return <p role="status">Working…</p>;
  const h = hours.data;
  return (
    <>
      <p className={h.neverHours.length > 0 ? 'account-warn' : 'account-muted'}>
        {h.neverHours.length > 0
          ? `Active at ${h.neverHours.map(hour).join(', ')} (${zone}), hours its baseline almost never had.`
          : h.baselineEvents < 20
            ? `The baseline is too thin to judge its hours (${formatInt(h.baselineEvents)} events).`
            : 'Every active hour of the range is one it kept in its baseline.'}
      </p>
      <AccountHeatmap
        grid={h}
        label={`Hours of day of ${inertText(account, 48)}: the range against its baseline`}
        describeCell={(row, column) => h.words[row * h.columns + column] ?? { heading: '', lines: [] }}
        renderRowLabel={(row) => h.rowLabels[row]}
        rowHeight={30}
        labelWidth={150}
        tableWords={TABLE_WORDS}
      />
      <p className="account-note">
        Baseline: the feed&apos;s first {h.baseline.days} days ({formatDateTime(h.baseline.start, zone)} – {formatDateTime(h.baseline.end, zone)}), scaled to
        the range&apos;s length. Orange outline: an hour the baseline almost never had; dashed: over three times the baseline; hatched: outside business hours.
      </p>
    </>
  );
}
