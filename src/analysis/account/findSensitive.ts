import { IBAN_LENGTHS } from './ibanLengths';

export type SensitiveKind = 'iban' | 'email' | 'phone' | 'national-id' | 'document-number';

export interface SensitiveSpan {
  start: number;
  end: number;
  kind: SensitiveKind;
}

const ALNUM = /[A-Za-z0-9]/;
const SEPARATOR = /[ \u00a0-]/;

/** IBANs at exactly their country's length, grouped or not, in either case; the checksum is not required (a typo is still someone's account). */
function ibans(text: string, found: SensitiveSpan[]): void {
  for (const match of text.matchAll(/(?<![A-Za-z0-9])([A-Za-z]{2})\d{2}/g)) {
    const length = IBAN_LENGTHS[(match[1] ?? '').toUpperCase()];
    if (length === undefined) continue;
    let count = 4;
    let i = match.index + 4;
    while (count < length && i < text.length) {
      const c = text.charAt(i);
      if (ALNUM.test(c)) {
        count++;
        i++;
      } else if (SEPARATOR.test(c) && ALNUM.test(text.charAt(i + 1)) && ALNUM.test(text.charAt(i - 1))) i++;
      else break;
    }
    if (count === length && !ALNUM.test(text.charAt(i))) found.push({ start: match.index, end: i, kind: 'iban' });
  }
}

// Every pattern starts only where a run of its characters starts (the lookbehinds) and is bounded, so a hostile
// 100,000-character value costs one pass, not a quadratic backtrack.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
const PHONE_INTERNATIONAL = /(?<![\w+])\+\d[\d \-()]{6,22}\d(?!\w)/g;
const PHONE_NATIONAL = /(?<![\w+.:/-])\(?0\d[\d \-()]{6,16}\d(?![\w:]|[./-]\d)/g;
const PHONE_NANP = /(?<![\w+.:/-])(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w:]|[./-]\d)/g;
const US_SSN = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
const UK_NINO = /(?<![\w-])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])/g;
const ES_DNI_NIE = /(?<![\w-])[XYZ]?\d{7,8}-?[A-Z](?![\w-])/g;
const NINE_DIGITS = /(?<![\w.,-])\d{9}(?![\w]|[.,-]\d)/g;
// Passport and ID-card numbers: one token of 8–9 capitals and digits with at least three digits and one letter
// (NL "NW92BDK51", DE "L01X00T47", FR "12AB34567"); lower-case tokens (host names, hashes) are left alone.
const DOCUMENT = /(?<![\w-])(?=[A-Z0-9]{8,9}(?![\w-]))(?=(?:[A-Z]*\d){3})(?=\d*[A-Z])[A-Z0-9]{8,9}(?![\w-])/g;

const digitCount = (s: string) => s.replace(/\D/g, '').length;

/** The Dutch citizen service number (BSN) passes the "eleven test"; a random nine-digit count passes 1 time in 11. */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  return (sum - Number(digits[8])) % 11 === 0;
}

function collect(text: string, pattern: RegExp, kind: SensitiveKind, found: SensitiveSpan[], accept: (s: string) => boolean = () => true): void {
  for (const match of text.matchAll(pattern)) {
    if (accept(match[0])) found.push({ start: match.index, end: match.index + match[0].length, kind });
  }
}

/**
 * Where a string holds something that identifies a customer: IBANs, e-mail addresses, phone numbers (international,
 * national with a trunk 0, North American), national ID numbers (NL BSN, US SSN, UK NINO, ES DNI/NIE) and
 * passport or ID-card numbers. Earlier kinds win an overlap: an IBAN's digits are not also a phone number.
 */
export function findSensitive(text: string): SensitiveSpan[] {
  const candidates: SensitiveSpan[] = [];
  ibans(text, candidates);
  collect(text, EMAIL, 'email', candidates);
  collect(text, US_SSN, 'national-id', candidates);
  collect(text, UK_NINO, 'national-id', candidates);
  collect(text, ES_DNI_NIE, 'national-id', candidates);
  collect(text, NINE_DIGITS, 'national-id', candidates, isBsn);
  collect(text, DOCUMENT, 'document-number', candidates);
  collect(text, PHONE_INTERNATIONAL, 'phone', candidates, (s) => digitCount(s) >= 8 && digitCount(s) <= 15);
  collect(text, PHONE_NATIONAL, 'phone', candidates, (s) => digitCount(s) >= 9 && digitCount(s) <= 11);
  collect(text, PHONE_NANP, 'phone', candidates);
  // Candidates arrive in priority order; a character already claimed keeps a later span out (linear, however many).
  const taken = new Uint8Array(text.length);
  const kept: SensitiveSpan[] = [];
  for (const span of candidates) {
    if (taken.subarray(span.start, span.end).includes(1)) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
