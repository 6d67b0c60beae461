import type { MouseEvent, ReactNode } from 'react';
import { FeedText } from '../ui/FeedText';
import { hrefFor, useUrlState, type UrlPatch } from './urlState';

interface AppLinkProps {
  to: UrlPatch;
  children: ReactNode;
  className?: string;
  'aria-current'?: 'page' | undefined;
}

/** A real link (opens in a new tab, copyable) that navigates in place on a plain click. */
export function AppLink({ to, children, className, ...rest }: AppLinkProps) {
  const [, update] = useUrlState();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    update(to);
  };
  return (
    <a href={hrefFor(to)} onClick={onClick} className={className} {...rest}>
      {children}
    </a>
  );
}

/** Every account name anywhere opens that account's drill-down. */
export function AccountLink({ account }: { account: string }) {
  return (
    <AppLink to={{ view: 'account', account }} className="account-link">
      <FeedText text={account} max={48} />
    </AppLink>
  );
}
