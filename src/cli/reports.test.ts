import { expect, test } from 'vitest';
import { ingestFeed } from '../feed/ingestFeed';
import { TEST_SETTINGS, envelope, makeEvent } from '../test/feedBuilders';
import { checkReport, formatCheck } from './reports';
import mixed from '../feed/adapters/fixtures/other/mixed-wazuh-cloudtrail.ndjson?raw';

function report(text: string) {
  const result = ingestFeed(text, TEST_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  return checkReport(result.feed);
}

test('`feed check --json` reports the detected format and the records of each', () => {
  expect(report(mixed)).toMatchObject({ format: 'wazuh', formats: [{ format: 'wazuh', records: 2 }, { format: 'cloudtrail', records: 1 }], accepted: 3 });
  expect(report(JSON.stringify(envelope([makeEvent()])))).toMatchObject({ format: 'breachline', formats: [{ format: 'breachline', records: 1 }] });
});

test('the text summary names the format, and each format when there are several', () => {
  const text = formatCheck('mixed.ndjson', report(mixed));
  expect(text).toMatch(/^mixed\.ndjson: wazuh feed \(ndjson\), 3 events accepted/);
  expect(text).toContain('  formats: wazuh 2, cloudtrail 1\n');
});
