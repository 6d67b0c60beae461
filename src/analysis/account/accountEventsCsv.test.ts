import { expect, test } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { accountEventsCsv } from './accountEventsCsv';

test('the shown rows as CSV: formula cells neutralised, sensitive text masked, in the table order', () => {
  const result = ingestFeed(
    JSON.stringify(
      envelope([
        makeEvent({ id: 'a', ts: '2026-02-11T09:00:00Z', account: 'sup-adm-07', action: 'view', message: '=HYPERLINK("http://evil.example")' }),
        makeEvent({ id: 'b', ts: '2026-02-11T10:00:00Z', account: 'sup-adm-07', action: 'export', records: 5, host: '@SUM(1)', message: 'to NL91ABNA0417164300' }),
        makeEvent({ id: 'c', ts: '2026-02-11T11:00:00Z', account: 'agent-001' }),
      ]),
    ),
    TEST_SETTINGS,
  );
  if (!result.ok) throw new Error(result.error.why);
  const csv = accountEventsCsv(result.feed, 'sup-adm-07', { range: null, action: null, text: '', sort: '-time' });
  expect(csv.split('\r\n')).toEqual([
    'time (UTC),event id,account,action,records,bytes,ip,host,system,severity,rule,incident,message',
    "2026-02-11T10:00:00.000Z,b,sup-adm-07,export,5,0,,\"'@SUM(1)\",customer-contact,,,,to NL91 •••• •••• •••• 00",
    "2026-02-11T09:00:00.000Z,a,sup-adm-07,view,0,0,,,customer-contact,,,,\"'=HYPERLINK(\"\"http://evil.example\"\")\"",
    '',
  ]);
});
