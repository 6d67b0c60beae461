import { fc } from '@fast-check/vitest';
import { IBAN_LENGTHS } from './ibanLengths';

/** ISO 7064 mod 97-10 check digits, so generated IBANs are real-shaped ones, not just the right length. */
function checkDigits(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return String(98 - rest).padStart(2, '0');
}

const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));

/** A valid IBAN of any registry country: the compact form, and how it is written (grouped, dashed, lower case). */
export const generatedIban = fc
  .constantFrom(...Object.entries(IBAN_LENGTHS))
  .chain(([country, length]) => fc.array(alnum, { minLength: length - 4, maxLength: length - 4 }).map((chars) => `${country}${checkDigits(country, chars.join(''))}${chars.join('')}`))
  .chain((compact) =>
    fc.record({
      compact: fc.constant(compact),
      written: fc.constantFrom(compact, compact.replace(/(.{4})(?!$)/g, '$1 '), compact.replace(/(.{4})(?!$)/g, '$1-'), compact.toLowerCase()),
    }),
  );

/** The part a mask must never show: everything but the country, the check digits and the last two. */
export const middleOf = (compact: string) => compact.slice(4, -2);
