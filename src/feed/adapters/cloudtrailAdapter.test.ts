import { describe, expect, test } from 'vitest';
import { ingestFeed } from '../ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import recordsFile from './fixtures/cloudtrail/records-file.json?raw';
import lines from './fixtures/cloudtrail/events.ndjson?raw';
import { cloudtrailAccount } from './cloudtrailAdapter';

function read(text: string) {
  const result = ingestFeed(text, TEST_SETTINGS);
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.why}`);
  return result.feed;
}

describe('a CloudTrail {"Records": [...]} file', () => {
  const feed = read(recordsFile);
  const byId = (n: number) => feed.events.find((e) => e.id === `0d6f6a8e-1f3c-4d9b-9a2f-${String(n).padStart(12, '0')}`);

  test('is detected, opened, and each record keeps its place as where', () => {
    expect(feed.format).toBe('cloudtrail');
    expect(feed.events).toHaveLength(9);
    expect(feed.rejects).toEqual([{ where: 'Records[8]', why: 'CloudTrail: event made by the AWS service cloudtrail.amazonaws.com names no user (userIdentity.userName, arn)' }]);
  });

  test('ConsoleLogin success and failure', () => {
    expect(byId(1)).toMatchObject({ account: 'j.devries', action: 'login', ip: '203.0.113.9', system: 'signin.amazonaws.com', ts: Date.parse('2026-02-11T22:58:12Z') });
    expect(byId(2)).toMatchObject({ account: 'r.bakker', action: 'login_failed' });
  });

  test('eventName is the action; an assumed role is named by its session', () => {
    expect(byId(3)).toMatchObject({ account: 'j.devries', action: 'AssumeRole' });
    expect(byId(4)?.account).toBe('j.devries@example.com');
  });

  test('S3 GetObject is an export carrying bytesTransferredOut (a float), rounded to whole bytes', () => {
    expect(byId(4)).toMatchObject({ action: 'export', bytes: 48234496, isExport: true, message: 'GetObject (s3.amazonaws.com) s3://crm-exports/customers-2026-02.csv' });
    expect(byId(5)).toMatchObject({ action: 'export', bytes: 89 });
  });

  test('a denied GetObject moved nothing: not an export, and the message says why', () => {
    expect(byId(6)).toMatchObject({ action: 'GetObject', bytes: 0, isExport: false, message: expect.stringMatching(/failed: AccessDenied$/) });
  });

  test('bulk data-export calls (RDS snapshot export, DynamoDB export) are exports of unknown volume', () => {
    expect([byId(7), byId(8)].map((e) => [e?.action, e?.system, e?.bytes])).toEqual([
      ['export', 'rds.amazonaws.com', 0],
      ['export', 'dynamodb.amazonaws.com', 0],
    ]);
  });

  test('the root user is named with its account', () => {
    expect(byId(10)).toMatchObject({ account: 'root@111122223333', action: 'ListBuckets', ip: '198.51.100.66' });
  });

  test('the raw view holds the CloudTrail record, not the whole file', () => {
    expect(feed.raw[byId(4)?.index ?? -1]).toMatchObject({ eventName: 'GetObject', additionalEventData: { bytesTransferredOut: 48234496 } });
  });
});

describe('line-delimited CloudTrail events', () => {
  const feed = read(lines);

  test('@timestamp stands in for a missing eventTime, and the warning says so', () => {
    expect(feed.events.find((e) => e.id === 'mordor-0001')).toMatchObject({ ts: Date.parse('2020-09-18T21:33:11.452Z'), bytes: 500, account: 'mordor-session' });
    expect(feed.warnings).toContainEqual({ where: 'line 1', why: 'CloudTrail: no eventTime: @timestamp (when the record was indexed) used as the time of the call' });
  });

  test('no time at all is a reject; an unreadable byte count is a warning and is not used', () => {
    expect(feed.rejects).toEqual([{ where: 'line 3', why: 'CloudTrail: event without a time (eventTime, @timestamp)' }]);
    expect(feed.events.find((e) => e.id === 'mordor-0004')).toMatchObject({ action: 'export', bytes: 0 });
    expect(feed.warnings).toContainEqual({ where: 'line 4', why: 'CloudTrail: additionalEventData.bytesTransferredOut is not a byte count: not used' });
  });
});

test.each([
  [{ type: 'IAMUser', userName: 'Alice', arn: 'arn:aws:iam::123456789012:user/Alice' }, { account: 'Alice' }],
  [{ type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/division/team/Bob' }, { account: 'Bob' }],
  [{ type: 'AssumedRole', arn: 'arn:aws:sts::123456789012:assumed-role/RoleToBeAssumed/MySessionName' }, { account: 'MySessionName' }],
  [{ type: 'FederatedUser', arn: 'arn:aws:sts::123456789012:federated-user/Carol' }, { account: 'Carol' }],
  [{ type: 'Root', arn: 'arn:aws:iam::123456789012:root' }, { account: 'root@123456789012' }],
  [{ type: 'IdentityCenterUser', onBehalfOf: { userId: '544894e8-80c1-707f-60e3-3ba6510dfac1' } }, { account: '544894e8-80c1-707f-60e3-3ba6510dfac1' }],
  [{ type: 'AWSService', invokedBy: 'ecs.amazonaws.com' }, { why: 'event made by the AWS service ecs.amazonaws.com names no user (userIdentity.userName, arn)' }],
  [{ type: 'AWSAccount', principalId: 'AIDAEXAMPLE', accountId: '444455556666' }, { why: 'event made by an identity of type AWSAccount names no user (userIdentity.userName, arn)' }],
  [undefined, { why: 'event without userIdentity' }],
])('cloudtrailAccount(%j)', (identity, expected) => {
  expect(cloudtrailAccount(identity)).toEqual(expected);
});
