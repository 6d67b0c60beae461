import { expect, test } from 'vitest';
import { ingestFeed } from '../ingestFeed';
import { TEST_SETTINGS } from '../../test/feedBuilders';
import wazuhBruteforce from './fixtures/samples/wazuh-docs_mitre-rst_bruteforce_alert.json?raw';
import wazuhOffice365 from './fixtures/samples/wazuh-docs_office365_add-user_hit.json?raw';
import ecsAlert from './fixtures/samples/ecs_rfc0031_example-alert.json?raw';
import oktaAuth from './fixtures/samples/okta_v1.3.0_authentication.ocsf.json?raw';
import oktaFinding from './fixtures/samples/okta_v1.3.0_detection_finding.ocsf.json?raw';
import githubApi from './fixtures/samples/github_v1.3.0_api_activity.ocsf.json?raw';
import ctApi from './fixtures/samples/aws_cloudtrail_v1.5.0_api_activity.raw.json?raw';
import ctAccount from './fixtures/samples/aws_cloudtrail_v1.5.0_account_change.raw.json?raw';

// The public samples in ../shared/data/samples (provenance in fixtures/SOURCES.md), read exactly as published.
test.each([
  ['Wazuh docs: brute-force alert', wazuhBruteforce, 'wazuh', { account: 'attacker', action: 'alert', severity: 'medium', ip: '192.168.121.127', ts: Date.parse('2023-05-22T10:40:43.395Z') }, ['TA0006/T1110'], 0],
  ['Wazuh docs: Office 365 indexer hit', wazuhOffice365, 'wazuh', { account: 'XXXXXXX@wazuh.com', action: 'Add user.', severity: 'low', system: 'AzureActiveDirectory' },
    ['TA0005/T1078', 'TA0003/T1078', 'TA0004/T1078', 'TA0001/T1078', 'TA0003/T1098.001', 'TA0004/T1098.001'], 0],
  ['ECS RFC 0031 Kibana alert', ecsAlert, 'ecs', { account: 'random-user', host: 'My-PC', severity: 'high', ts: Date.parse('2022-08-12T14:40:22.070Z'), rule: { id: '9a1a2dae-0b5f-4c3d-8305-a268d404c306', name: 'Malicious Behavior Prevention Alert: Regsvr32 Scriptlet Execution' } }, ['TA0005/T1218.010'], 0],
  ['OCSF Okta Authentication (epoch seconds)', oktaAuth, 'ocsf', { account: 'John Doe', action: 'login', ip: '10.0.0.1', ts: Date.parse('2024-08-13T15:58:20Z') }, [], 1],
  ['OCSF Okta Detection Finding (no user)', oktaFinding, 'ocsf', { account: null, action: 'alert', severity: null, ip: '10.0.0.1', rule: { id: 'security.threat.detected', name: 'Login Failures' } }, [], 3],
  ['OCSF GitHub API Activity (epoch ms)', githubApi, 'ocsf', { account: 'test_user', action: 'git.push', ts: 1729176166108 }, [], 1],
  ['CloudTrail API activity', ctApi, 'cloudtrail', { account: 'Level6', action: 'DescribeDirectConnectGateways', ip: '205.8.181.128' }, [], 0],
  ['CloudTrail IAM change by a role session', ctAccount, 'cloudtrail', { account: 'scheduler', action: 'DescribeTargetHealth', ip: null }, [], 0],
])('%s', (_name, text, format, fields, attack, warnings) => {
  const result = ingestFeed(text, TEST_SETTINGS);
  if (!result.ok) throw new Error(result.error.why);
  const { feed } = result;
  expect(feed.format).toBe(format);
  expect(feed.rejects).toEqual([]);
  expect(feed.events).toHaveLength(1);
  expect(feed.events[0]).toMatchObject(fields);
  expect(feed.events[0]?.attack.map((a) => `${a.tacticId}/${a.techniqueId}`)).toEqual(attack);
  expect(feed.warnings).toHaveLength(warnings);
});
