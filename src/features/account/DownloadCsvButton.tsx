import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AccountEventsQuery } from '../../analysis/account/accountEvents';
import { feedQueries } from '../../queries/feedQueries';

/** The rows the table shows, as a CSV file the worker writes (formula cells neutralised, sensitive text masked). */
export function DownloadCsvButton({ revision, account, query }: { revision: string; account: string; query: AccountEventsQuery }) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const csv = await client.fetchQuery(feedQueries.accountEventsCsv(revision, account, query));
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${account.replace(/[^\w.-]+/g, '_')}-events.csv`;
      link.click();
      // The click has handed the blob to the download; the URL is not needed after this task.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={() => void download()} disabled={busy}>
      {busy ? 'Preparing CSV…' : 'Download CSV'}
    </button>
  );
}
