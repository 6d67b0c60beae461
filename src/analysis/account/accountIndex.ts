import type { IngestedFeed } from '../../feed/ingestFeed';

/** One account's events as positions in `feed.events` (time order), and its event ids for lookups by link. */
export interface AccountIndex {
  positions: Int32Array;
  /** Built on first use: only the raw view looks events up by id. */
  readonly byId: Map<string, number>;
}

interface FeedIndex {
  byAccount: Map<string, number[]>;
  accounts: Map<string, AccountIndex>;
}

// Keyed by the feed object: a new revision is a new object, so nothing stale survives a refresh and the old
// feed's index is collected with it. Deterministic, so the functions that use it stay pure.
const cache = new WeakMap<IngestedFeed, FeedIndex>();

function feedIndex(feed: IngestedFeed): FeedIndex {
  let index = cache.get(feed);
  if (!index) {
    const byAccount = new Map<string, number[]>();
    feed.events.forEach((event, position) => {
      if (event.account === null) return;
      let list = byAccount.get(event.account);
      if (!list) byAccount.set(event.account, (list = []));
      list.push(position);
    });
    index = { byAccount, accounts: new Map() };
    cache.set(feed, index);
  }
  return index;
}

/** The account's events, in time order; empty for an account the feed never mentions. */
export function accountIndex(feed: IngestedFeed, account: string): AccountIndex {
  const index = feedIndex(feed);
  let entry = index.accounts.get(account);
  if (!entry) {
    const positions = Int32Array.from(index.byAccount.get(account) ?? []);
    let byId: Map<string, number> | null = null;
    entry = {
      positions,
      get byId() {
        if (!byId) {
          byId = new Map();
          for (const position of positions) byId.set(feed.events[position]?.id ?? '', position);
        }
        return byId;
      },
    };
    index.accounts.set(account, entry);
  }
  return entry;
}
