import type { AccountInfo } from '../../feed/resolveAccounts';

// Letters and digits nobody misreads from across a room (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
const ALPHABET = 'ACDEFHJKMNPRTUVWXY34679';
const CODE_LENGTH = 4;

/** FNV-1a, 32 bit: stable across runs and machines, so a masked account keeps its code from refresh to refresh. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * "support-admin #K7QD": the role stays (a passer-by may know a support admin is involved; that is the signal), the
 * identity does not. A pseudonym against shoulder-surfing, not against an insider who can hash the naming scheme:
 * the analyst's views show the real name, and the wall's ranking matches theirs.
 */
export function maskAccount(id: string, role: string | null): string {
  let hash = fnv1a(id);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += ALPHABET[hash % ALPHABET.length];
    hash = Math.floor(hash / ALPHABET.length);
  }
  return `${role ?? 'account'} #${code}`;
}

export type AccountLabeller = (id: string) => string;

/** The wall's name for an account: itself, or its pseudonym when the deployment masks accounts. */
export function accountLabeller(accounts: ReadonlyMap<string, AccountInfo>, mask: boolean): AccountLabeller {
  if (!mask) return (id) => id;
  return (id) => maskAccount(id, accounts.get(id)?.role ?? null);
}

/**
 * Masks free text (an incident title): every account id and display name in it replaced by the account's label:
 * "Bulk export by sup-adm-04" must not name the account the rest of the wall masks.
 */
export function accountTextMasker(accounts: ReadonlyMap<string, AccountInfo>, label: AccountLabeller): (text: string) => string {
  const needles: [string, string][] = [];
  for (const account of accounts.values()) {
    const masked = label(account.id);
    if (masked === account.id) continue;
    needles.push([account.id, masked]);
    if (account.name) needles.push([account.name, masked]);
  }
  if (needles.length === 0) return (text) => text;
  needles.sort((a, b) => b[0].length - a[0].length);
  // One pass over the text, so a label put in ("support-admin #K7QD") is never matched by a later needle ("admin").
  const byNeedle = new Map(needles);
  // Whole names only: an account called "Al" must not eat "Also", nor "sup-adm-0" the start of "sup-adm-04".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${[...byNeedle.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
  return (text) => text.replace(pattern, (found) => byNeedle.get(found) ?? found);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
