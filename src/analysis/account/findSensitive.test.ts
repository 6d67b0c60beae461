import { describe, expect, test } from 'vitest';
import { findSensitive, isBsn } from './findSensitive';
import { maskedForm, maskText } from './maskSensitive';

const found = (text: string) => findSensitive(text).map((s) => [text.slice(s.start, s.end), s.kind]);

describe('finds each kind in the shapes people write it', () => {
  test.each([
    ['IBAN, grouped', 'paid from NL91 ABNA 0417 1643 00 today', [['NL91 ABNA 0417 1643 00', 'iban']]],
    ['IBAN, compact', 'iban=NL91ABNA0417164300;', [['NL91ABNA0417164300', 'iban']]],
    ['IBAN, lower case with dashes', 'de89-3704-0044-0532-0130-00', [['de89-3704-0044-0532-0130-00', 'iban']]],
    ['IBAN stops at its length', 'GB29 NWBK 6016 1331 9268 19 FOR RENT', [['GB29 NWBK 6016 1331 9268 19', 'iban']]],
    ['e-mail', 'mail <jan.de.vries+crm@example.co.uk>.', [['jan.de.vries+crm@example.co.uk', 'email']]],
    ['international phone', 'call +31 6 12345678 or +44 (20) 7946-0958', [['+31 6 12345678', 'phone'], ['+44 (20) 7946-0958', 'phone']]],
    ['national phone', 'tel 020-123 4567, mobile 0612345678', [['020-123 4567', 'phone'], ['0612345678', 'phone']]],
    ['North American phone', '(555) 010-9999 and 555.010.9999', [['(555) 010-9999', 'phone'], ['555.010.9999', 'phone']]],
    ['Dutch BSN (eleven test)', 'bsn 111222333 not 111222334', [['111222333', 'national-id']]],
    ['US SSN', 'ssn 078-05-1120', [['078-05-1120', 'national-id']]],
    ['UK NINO', 'NINO QQ 12 34 56 C', [['QQ 12 34 56 C', 'national-id']]],
    ['Spanish DNI and NIE', '12345678Z / X1234567L', [['12345678Z', 'national-id'], ['X1234567L', 'national-id']]],
    ['passport and ID card numbers', 'passport NW92BDK51, ID L01X00T47', [['NW92BDK51', 'document-number'], ['L01X00T47', 'document-number']]],
  ])('%s', (_case, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('leaves a SOC feed alone', () => {
  test.each([
    ['an RFC 3339 time', '2026-02-12T02:30:55Z'],
    ['a time written in a message', 'uploaded between 2026-02-12 01:26 and 2026-02-12 03:30.'],
    ['IPv4 addresses', 'from 203.0.113.91 and 198.51.100.16'],
    ['ATT&CK, rule and incident ids', 'T1567.002 TA0010 R-119 INC-2041'],
    ['event ids and hosts', 'atk-bulk.20496.35 sup-adm-07.20466.0 ccs-ws-375'],
    ['record and byte counts', '68617 records, 98053693 bytes, 2400000 in total'],
    ['epoch milliseconds', '1770855969000'],
    ['a lower-case hash', 'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    ['an upper-case hex hash longer than an IBAN', 'DE12ABCDEF0123456789ABCDEF0123456789'],
  ])('%s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

test('the eleven test', () => {
  expect(isBsn('111222333')).toBe(true);
  expect(isBsn('123456782')).toBe(true);
  expect(isBsn('123456789')).toBe(false);
  expect(isBsn('000000000')).toBe(false);
});

describe('masked forms', () => {
  test.each([
    ['NL91 ABNA 0417 1643 00', 'iban', 'NL91 •••• •••• •••• 00'],
    ['NL91ABNA0417164300', 'iban', 'NL91 •••• •••• •••• 00'],
    ['FR1420041010050500013M02606', 'iban', 'FR14 •••• •••• •••• •••• •••• • 06'],
    ['jan.de.vries@example.org', 'email', 'j•••@e•••.org'],
    ['+31 6 12345678', 'phone', '+31 • ••••••78'],
    ['020-123 4567', 'phone', '0••-••• ••67'],
    ['078-05-1120', 'national-id', '•••-••-••20'],
    ['NW92BDK51', 'document-number', '•••••••51'],
    ['X', 'sensitive-field', '••••'],
  ] as const)('%s (%s) → %s', (value, kind, shown) => {
    expect(maskedForm(value, kind)).toBe(shown);
  });

  test('maskText replaces every sensitive run and keeps the rest', () => {
    expect(maskText('Customer jan@example.org, IBAN NL91ABNA0417164300, from 203.0.113.7')).toBe(
      'Customer j•••@e•••.org, IBAN NL91 •••• •••• •••• 00, from 203.0.113.7',
    );
  });
});

test('a hostile 100,000-character value is scanned in linear time', () => {
  const started = performance.now();
  for (const text of ['a'.repeat(100_000), '0'.repeat(100_000), '+1'.repeat(50_000), 'A1'.repeat(50_000), 'x@'.repeat(50_000)]) findSensitive(text);
  expect(performance.now() - started).toBeLessThan(2_000);
});
