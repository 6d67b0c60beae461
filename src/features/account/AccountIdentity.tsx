import type { AccountProfile } from '../../analysis/account/accountProfile';
import { AppLink } from '../../state/AppLink';
import { FeedText } from '../../ui/FeedText';
import { FigureList } from '../../ui/FigureList';
import { formatBytes, formatCompact, formatDateTime, formatInt } from '../../ui/format';
import { AccountAddresses } from './AccountAddresses';

const PRIVILEGE_FROM = { feed: 'stated by the feed', pattern: 'by its id (configured pattern)', role: 'by its role (configured)' } as const;

/** Who the account is, over the whole feed: names, privilege, when it was active, what it did, where from. */
export function AccountIdentity({ profile, zone }: { profile: AccountProfile; zone: string }) {
  const p = profile;
  return (
    <>
      <dl className="account-facts">
        <dt>Name</dt>
        <dd>{p.name ? <FeedText text={p.name} /> : <span className="account-muted">not in the feed</span>}</dd>
        <dt>Role</dt>
        <dd>{p.role ? <FeedText text={p.role} /> : <span className="account-muted">not in the feed</span>}</dd>
        <dt>Privileged</dt>
        <dd className={p.privileged ? 'account-privileged-yes' : undefined}>
          {p.privileged ? 'Yes' : 'No'}
          {p.privilegeFrom && <span className="account-muted"> ({PRIVILEGE_FROM[p.privilegeFrom]})</span>}
        </dd>
        <dt>First seen</dt>
        <dd>{p.firstSeen === null ? 'no events' : formatDateTime(p.firstSeen, zone)}</dd>
        <dt>Last seen</dt>
        <dd>{p.lastSeen === null ? 'no events' : formatDateTime(p.lastSeen, zone)}</dd>
      </dl>
      <FigureList
        figures={[
          { term: 'Events', value: formatInt(p.events) },
          { term: 'Exported records', value: formatCompact(p.exports.records), detail: `${formatInt(p.exports.events)} exports · ${formatBytes(p.exports.bytes)}` },
          { term: 'Detections', value: formatInt(p.detections), detail: `${p.incidents.length} incident${p.incidents.length === 1 ? '' : 's'}`, tone: p.detections > 0 ? 'alert' : 'normal' },
          { term: 'New addresses', value: formatInt(p.newAddresses), detail: `of ${formatInt(p.addressesTotal)} used`, tone: p.newAddresses > 0 ? 'alert' : 'normal' },
        ]}
      />
      <h3 className="account-subheading">Source addresses</h3>
      <AccountAddresses profile={p} zone={zone} />
      <h3 className="account-subheading">What it did</h3>
      <ul className="account-actions-list" aria-label="Events by action">
        {p.actions.map(({ action, count }) => (
          <li key={action}>
            <AppLink to={{ eventAction: action, event: undefined }}>
              <FeedText text={action} max={30} />
            </AppLink>{' '}
            <span className="account-count">{formatInt(count)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
