import { describe, expect, test } from 'vitest';
import type { AccountInfo } from '../../feed/resolveAccounts';
import { accountLabeller, accountTextMasker, maskAccount } from './maskAccount';

const account = (id: string, role: string | null, name: string | null = null): [string, AccountInfo] => [
  id,
  { id, name, role, privileged: false, privilegeFrom: null, declared: true },
];
const accounts = new Map([account('sup-adm-04', 'support-admin', 'Support admin 04'), account('sup-adm-0', 'support-admin'), account('admin', null), account('Al', 'agent', 'Al')]);

describe('maskAccount', () => {
  test('keeps the role, hides the id, and gives the same account the same code every time', () => {
    const masked = maskAccount('sup-adm-04', 'support-admin');
    expect(masked).toMatch(/^support-admin #[ACDEFHJKMNPRTUVWXY34679]{4}$/);
    expect(masked).not.toContain('04');
    expect(maskAccount('sup-adm-04', 'support-admin')).toBe(masked);
  });

  test('tells neighbouring accounts apart and names an account without a role as such', () => {
    const codes = new Set(Array.from({ length: 50 }, (_, i) => maskAccount(`sup-adm-${String(i).padStart(2, '0')}`, null)));
    expect(codes.size).toBe(50);
    expect([...codes][0]).toMatch(/^account #/);
  });
});

describe('accountLabeller', () => {
  test('is the identity when the wall does not mask', () => {
    expect(accountLabeller(accounts, false)('sup-adm-04')).toBe('sup-adm-04');
  });
  test('uses the account’s role from the feed when it masks', () => {
    expect(accountLabeller(accounts, true)('sup-adm-04')).toBe(maskAccount('sup-adm-04', 'support-admin'));
  });
});

describe('accountTextMasker', () => {
  const label = accountLabeller(accounts, true);
  const mask = accountTextMasker(accounts, label);
  test.each([
    ['an id in a title', 'Bulk export by sup-adm-04', `Bulk export by ${label('sup-adm-04')}`],
    ['the longest id first, not a prefix of it', 'sup-adm-04 and sup-adm-0', `${label('sup-adm-04')} and ${label('sup-adm-0')}`],
    ['a display name', 'Raised by Support admin 04', `Raised by ${label('sup-adm-04')}`],
    ['never a label it put in (one pass)', 'admin: sup-adm-04', `${label('admin')}: ${label('sup-adm-04')}`],
    ['a short name only as a whole word', 'Also Alarming: paged Al', `Also Alarming: paged ${label('Al')}`],
    ['text without accounts', 'Failed logins', 'Failed logins'],
  ])('replaces %s', (_case, text, expected) => {
    expect(mask(text)).toBe(expected);
  });
});
