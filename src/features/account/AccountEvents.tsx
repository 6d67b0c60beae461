import { useQuery } from '@tanstack/react-query';
import type { AccountEventsQuery } from '../../analysis/account/accountEvents';
import { feedQueries } from '../../queries/feedQueries';
import { useUrlState } from '../../state/urlState';
import { ErrorState } from '../../ui/ErrorState';
import { DownloadCsvButton } from './DownloadCsvButton';
import { EventFilters } from './EventFilters';
import { EventTable } from './EventTable';
import { RawRecord } from './RawRecord';
import { useOtherRangesAhead } from './useOtherRangesAhead';

interface AccountEventsProps {
  revision: string;
  account: string;
  zone: string;
}

/** The event table and the raw record of the chosen row: the URL holds range, filters, sort and the open event. */
export function AccountEvents({ revision, account, zone }: AccountEventsProps) {
  const [url, update] = useUrlState();
  const query: AccountEventsQuery = {
    range: url.range,
    from: url.from,
    to: url.to,
    action: url.eventAction ?? null,
    text: url.eventText ?? '',
    sort: url.eventSort ?? '-time',
  };
  const table = useQuery(feedQueries.accountEvents(revision, account, query));
  useOtherRangesAhead(revision, account, query, table.isSuccess && !table.isPlaceholderData);

  return (
    <div className="account-events">
      <section className="panel account-events-list" aria-label="Events">
        <header className="panel-header">
          <h2>Events</h2>
          <DownloadCsvButton revision={revision} account={account} query={query} />
        </header>
        <EventFilters
          table={table.data}
          action={url.eventAction}
          text={url.eventText ?? ''}
          onAction={(eventAction) => update({ eventAction })}
          // Typing replaces the history entry: Back should not step through every keystroke.
          onText={(eventText) => update({ eventText }, 'replace')}
        />
        {table.error ? (
          <ErrorState title="The events could not be listed" message={table.error.message} />
        ) : table.data ? (
          <EventTable table={table.data} zone={zone} selectedId={url.event} onSelect={(event) => update({ event })} onSort={(eventSort) => update({ eventSort })} />
        ) : (
          <p role="status">Working…</p>
        )}
      </section>
      <section className="panel account-raw-panel" aria-label="Raw record">
        <header className="panel-header">
          <h2>Raw record</h2>
          {url.event && (
            <button type="button" onClick={() => update({ event: undefined })}>
              Close
            </button>
          )}
        </header>
        {url.event ? <RawRecord key={url.event} revision={revision} account={account} eventId={url.event} /> : <p className="account-muted">Choose a row to see the feed&apos;s own record of it.</p>}
      </section>
    </div>
  );
}
