import type { IngestedFeed } from '../../feed/ingestFeed';

export interface AccountMatch {
  id: string;
  name: string | null;
  role: string | null;
  privileged: boolean;
}

export interface AccountSearch {
  text: string;
  matches: AccountMatch[];
  /** All accounts that match, of which `matches` holds the best few. */
  total: number;
}

/** Lower is better: the exact id, then an id or name that starts with the text, then a word of the name, then anywhere. */
function rank(id: string, name: string, needle: string): number {
  if (id === needle) return 0;
  if (id.startsWith(needle)) return 1;
  if (name.startsWith(needle)) return 2;
  if (name.includes(` ${needle}`) || id.includes(`-${needle}`)) return 3;
  if (id.includes(needle) || name.includes(needle)) return 4;
  return -1;
}

/** Accounts whose id or name holds the text, any case, best first (ties A–Z by id). Empty text finds nothing. */
export function searchAccounts(feed: IngestedFeed, text: string, limit = 12): AccountSearch {
  const needle = text.trim().toLowerCase();
  if (!needle) return { text, matches: [], total: 0 };
  const hits: { rank: number; account: AccountMatch }[] = [];
  for (const info of feed.accounts.values()) {
    const r = rank(info.id.toLowerCase(), (info.name ?? '').toLowerCase(), needle);
    if (r >= 0) hits.push({ rank: r, account: { id: info.id, name: info.name, role: info.role, privileged: info.privileged } });
  }
  hits.sort((a, b) => a.rank - b.rank || (a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : 0));
  return { text, matches: hits.slice(0, limit).map((h) => h.account), total: hits.length };
}
