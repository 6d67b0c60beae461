import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ViewProps } from '../../queries/loadFeed';
import { feedQueries } from '../../queries/feedQueries';
import { useUrlState } from '../../state/urlState';
import { ErrorState } from '../../ui/ErrorState';
import { FeedText } from '../../ui/FeedText';
import { Panel } from '../../ui/Panel';
import { AccountEvents } from './AccountEvents';
import { AccountExports } from './AccountExports';
import { AccountHeadline } from './AccountHeadline';
import { AccountHours } from './AccountHours';
import { AccountIdentity } from './AccountIdentity';
import { AccountIncidents } from './AccountIncidents';
import { AccountRangeControls } from './AccountRangeControls';
import { CopyLinkButton } from './CopyLinkButton';
import { DownloadPngButton } from './DownloadPngButton';
import { inertText } from '../../feed/rejects';
import { ACCOUNT_RANGES } from '../../analysis/account/accountWindow';
import { PresetRangeSlots } from '../../ui/PreDrawnSlot';

/** The page title names the account, so a tab, a bookmark and the history list say whose page it is. */
function useAccountTitle(account: string | undefined) {
  useEffect(() => {
    const before = document.title;
    document.title = account ? `${inertText(account, 48)} · Account · Breachline` : 'Account · Breachline';
    return () => {
      document.title = before;
    };
  }, [account]);
}

/** The drill-down: one account, everything about it, all of it from the URL so a link reproduces the screen. */
export function AccountPage({ feed }: ViewProps) {
  const [url] = useUrlState();
  useAccountTitle(url.account);
  if (!url.account) {
    return (
      <div className="account-page">
        <h1>Account drill-down</h1>
        <p>Pick an account: type its id or name in “Find an account” above, or click an account anywhere in the other views.</p>
      </div>
    );
  }
  return <AccountDrilldown key={url.account} feed={feed} account={url.account} />;
}

function AccountDrilldown({ feed, account }: Pick<ViewProps, 'feed'> & { account: string }) {
  const [url] = useUrlState();
  const zone = feed.context.timezone;
  const profile = useQuery(feedQueries.accountProfile(feed.revision, account));
  const zoom = url.from !== undefined && url.to !== undefined && url.from < url.to ? { from: url.from, to: url.to } : null;
  const time = { range: url.range, from: url.from, to: url.to };
  // The shown range's chart and hours are in: the other ranges may be drawn, hidden, once the page is idle.
  const shownExports = useQuery(feedQueries.accountExports(feed.revision, account, time));
  const shownHours = useQuery(feedQueries.accountHours(feed.revision, account, time));
  const ready = shownExports.isSuccess && shownHours.isSuccess;

  if (profile.error) return <ErrorState title="The account could not be read" message={profile.error.message} />;
  if (profile.data === undefined) return <p role="status">Working…</p>;
  if (profile.data === null) {
    return (
      <div className="account-page">
        <h1>
          Account <FeedText text={account} max={80} />
        </h1>
        <p role="alert" className="account-warn">
          This feed has no account <FeedText text={account} max={80} />. Find another with “Find an account” above.
        </p>
      </div>
    );
  }
  const p = profile.data;
  return (
    <div className="account-page">
      <header className="account-header">
        <h1>
          <FeedText text={account} max={80} />
          {p.name && (
            <span className="account-name">
              {' '}
              · <FeedText text={p.name} max={80} />
            </span>
          )}
        </h1>
        <div className="account-toolbar">
          <AccountRangeControls range={url.range} zoom={zoom} zone={zone} />
          <CopyLinkButton />
          <DownloadPngButton account={account} target={() => document.querySelector('main')} />
        </div>
      </header>
      <AccountHeadline profile={p} zone={zone} />
      <div className="account-layout">
        <Panel title="Who it is">
          <AccountIdentity profile={p} zone={zone} />
        </Panel>
        <div className="account-main">
          <Panel title="Exports against its own baseline and its peers">
            <PresetRangeSlots ranges={ACCOUNT_RANGES} query={time} ready={ready} timeProp="time" live={{ revision: feed.revision, account }} Draw={AccountExports} />
          </Panel>
          <Panel title="Hours of day against its baseline">
            <PresetRangeSlots ranges={ACCOUNT_RANGES} query={time} ready={ready} timeProp="time" live={{ revision: feed.revision, account, zone }} Draw={AccountHours} />
          </Panel>
          <Panel title="Incidents and detections">
            <AccountIncidents revision={feed.revision} account={account} incidents={p.incidents} selected={url.incident} zone={zone} />
          </Panel>
        </div>
      </div>
      <AccountEvents revision={feed.revision} account={account} zone={zone} />
    </div>
  );
}
