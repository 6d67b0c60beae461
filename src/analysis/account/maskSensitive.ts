import { findSensitive, type SensitiveKind } from './findSensitive';

const DOT = '•';

/** IBAN as the bank prints it masked: country and check digits, the middle as groups of dots, the last two kept. */
function maskIban(value: string): string {
  const compact = value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  const middle = compact.length - 6;
  const groups = Array.from({ length: Math.ceil(middle / 4) }, (_, i) => DOT.repeat(Math.min(4, middle - i * 4)));
  return [compact.slice(0, 4), ...groups, compact.slice(-2)].join(' ');
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${value.charAt(0)}${DOT.repeat(3)}@${domain.charAt(0)}${DOT.repeat(3)}${domain.slice(dot)}`;
}

/** Digits and letters become dots except the first `keepFirst` and the last two; separators keep the shape readable. */
function maskCharacters(value: string, keepFirst: number): string {
  const total = value.replace(/[^\p{L}\p{N}]/gu, '').length;
  let seen = 0;
  return value.replace(/[\p{L}\p{N}]/gu, (c) => {
    seen++;
    return seen <= keepFirst || seen > total - 2 ? c : DOT;
  });
}

/** What is shown in place of a sensitive value: enough to tell two apart, never the middle. */
export function maskedForm(value: string, kind: SensitiveKind | 'sensitive-field'): string {
  switch (kind) {
    case 'iban':
      return maskIban(value);
    case 'email':
      return maskEmail(value);
    case 'phone':
      // "+31 6 …": the country code says where, not who.
      return maskCharacters(value, value.startsWith('+') ? 2 : 1);
    case 'national-id':
    case 'document-number':
      return maskCharacters(value, 0);
    case 'sensitive-field':
      // A field named like "passport" or "phone" is masked whole, whatever it holds: short values show only dots.
      return value.length <= 4 ? DOT.repeat(4) : maskCharacters(value, 0);
  }
}

/** The string with every sensitive value in it replaced by its masked form: for table cells, which have no reveal. */
export function maskText(text: string): string {
  const spans = findSensitive(text);
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const { start, end, kind } of spans) {
    out += text.slice(last, start) + maskedForm(text.slice(start, end), kind);
    last = end;
  }
  return out + text.slice(last);
}
