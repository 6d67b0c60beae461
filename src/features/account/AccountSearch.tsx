import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import type { AccountMatch } from '../../analysis/account/searchAccounts';
import { feedQueries } from '../../queries/feedQueries';
import { useUrlState } from '../../state/urlState';
import { FeedText } from '../../ui/FeedText';
import { formatInt } from '../../ui/format';

/** What opening an account resets: another account's filters, open record and incident mean nothing here. */
export const openAccount = (account: string) =>
  ({ view: 'account', account, event: undefined, eventAction: undefined, eventText: undefined, incident: undefined }) as const;

/**
 * The header's account finder, keyboard first (the WAI-ARIA combobox pattern): type, arrows move through the
 * matches, Enter opens one, Escape closes the list and then clears the box. The worker ranks the matches, so
 * thousands of accounts cost the page nothing.
 */
export function AccountSearch({ revision }: { revision: string | undefined }) {
  const [, update] = useUrlState();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const asked = text.trim();
  const search = useQuery({ ...feedQueries.accountSearch(revision ?? '', asked), enabled: revision !== undefined && asked !== '' });
  const matches: readonly AccountMatch[] = asked && search.data ? search.data.matches : [];
  const expanded = open && asked !== '';
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const choose = (match: AccountMatch | undefined) => {
    if (!match) return;
    update(openAccount(match.id));
    setText('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (matches.length > 0) setActive((current + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(matches[current]);
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
    }
  };

  return (
    <div className="account-search">
      <input
        type="search"
        role="combobox"
        aria-label="Find an account"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && matches.length > 0 ? `${listId}-${current}` : undefined}
        placeholder="Find an account…"
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={revision === undefined}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Matching accounts" className="account-search-list" hidden={!expanded}>
        {matches.map((match, i) => (
          <li
            key={match.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(match);
            }}
          >
            <span className="account-search-id">
              <FeedText text={match.id} max={40} />
            </span>
            {match.name && (
              <span className="account-search-name">
                <FeedText text={match.name} max={40} />
              </span>
            )}
            {match.privileged && <span className="account-privileged">privileged</span>}
          </li>
        ))}
      </ul>
      {expanded && search.data && matches.length === 0 && <p className="account-search-none">No account matches “{asked}”.</p>}
      <span className="account-sr-only" role="status">
        {expanded && search.data ? `${formatInt(search.data.total)} accounts match${search.data.total > matches.length ? `, showing the first ${matches.length}` : ''}` : ''}
      </span>
    </div>
  );
}
