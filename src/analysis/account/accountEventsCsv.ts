import type { IngestedFeed } from '../../feed/ingestFeed';
import { csvRow } from '../csvCell';
import { SEVERITIES } from './accountEventColumns';
import { accountEvents, type AccountEventsQuery } from './accountEvents';

const HEADER = ['time (UTC)', 'event id', 'account', 'action', 'records', 'bytes', 'ip', 'host', 'system', 'severity', 'rule', 'incident', 'message'];

/**
 * The rows the table shows (same window, filters and order) as CSV, RFC 4180 with CRLF line ends. Text is the
 * table's masked text, and any cell a spreadsheet would run as a formula is neutralised (csvCell).
 */
export function accountEventsCsv(feed: IngestedFeed, account: string, query: AccountEventsQuery): string {
  const t = accountEvents(feed, account, query);
  const text = (codes: Uint32Array, i: number) => t.strings[codes[i] as number] ?? '';
  const lines = [csvRow(HEADER)];
  for (let i = 0; i < t.rows; i++) {
    lines.push(
      csvRow([
        new Date(t.ts[i] as number).toISOString(),
        text(t.id, i),
        account,
        text(t.action, i),
        t.records[i],
        t.bytes[i],
        text(t.ip, i),
        text(t.host, i),
        text(t.system, i),
        SEVERITIES[t.severity[i] as number] ?? '',
        text(t.rule, i),
        text(t.incident, i),
        text(t.message, i),
      ]),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
