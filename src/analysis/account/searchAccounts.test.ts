import { expect, test } from 'vitest';
import { ingestFeed } from '../../feed/ingestFeed';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { searchAccounts } from './searchAccounts';

const accounts = [
  { id: 'sup-adm-07', name: 'Support admin 07', role: 'support-admin' },
  { id: 'sup-adm-04', name: 'Support admin 04', role: 'support-admin' },
  { id: 'ag-0007', name: 'Anna Admiraal', role: 'agent' },
  { id: 'tl-04', name: 'Team lead Bos', role: 'team-lead' },
];
const result = ingestFeed(JSON.stringify(envelope([makeEvent({ account: 'svc-reporting' })], { accounts })), TEST_SETTINGS);
if (!result.ok) throw new Error(result.error.why);
const ids = (text: string) => searchAccounts(result.feed, text).matches.map((m) => m.id);

test.each([
  ['an exact id first, then ids that start with it', 'tl-04', ['tl-04']],
  ['a prefix of ids, A–Z', 'sup', ['sup-adm-04', 'sup-adm-07']],
  ['any case', 'SUP-ADM-07', ['sup-adm-07']],
  ['ids before a name that starts with the text, before a word inside a name', 'adm', ['ag-0007', 'sup-adm-04', 'sup-adm-07']],
  ['a word of the name', 'bos', ['tl-04']],
  ['a part of the id after a dash before anywhere in it', '07', ['sup-adm-07', 'ag-0007']],
  ['accounts seen only in events', 'report', ['svc-reporting']],
  ['nothing for blank text', '  ', []],
])('%s', (_case, text, expected) => {
  expect(ids(text)).toEqual(expected);
});

test('says how many matched when it lists only the best few', () => {
  const search = searchAccounts(result.feed, 'a', 2);
  expect(search.matches).toHaveLength(2);
  expect(search.total).toBe(4); // every account but svc-reporting has an 'a'
});
