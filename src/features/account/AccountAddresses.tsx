import type { AccountProfile } from '../../analysis/account/accountProfile';
import { FeedText } from '../../ui/FeedText';
import { formatDateTime, formatInt } from '../../ui/format';
import { formatShort } from '../../ui/kill-chain/timelineFormat';
import { inertText } from '../../feed/rejects';

/** The account's source addresses, new ones first; the baseline they are judged against is said under the table. */
export function AccountAddresses({ profile, zone }: { profile: AccountProfile; zone: string }) {
  const { addresses, addressesTotal, baseline } = profile;
  if (addresses.length === 0) return <p className="account-muted">No event of this account names a source address.</p>;
  return (
    <>
      <table className="account-addresses">
        <caption className="account-sr-only">Source addresses of {inertText(profile.id, 48)}</caption>
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">First used</th>
            <th scope="col">Last used</th>
            <th scope="col" className="num">
              Events
            </th>
          </tr>
        </thead>
        <tbody>
          {addresses.map((a) => (
            <tr key={a.ip} className={a.isNew ? 'account-address-new' : undefined}>
              <td>
                <code>
                  <FeedText text={a.ip} max={45} />
                </code>
                {a.isNew && <span className="account-badge account-badge-new">new</span>}
                {a.otherAccounts === 0 ? (
                  <span className="account-badge">no other account</span>
                ) : (
                  <span className="account-muted account-shared"> also {formatInt(a.otherAccounts)} other{a.otherAccounts === 1 ? '' : 's'}</span>
                )}
              </td>
              <td>{formatShort(a.first, zone)}</td>
              <td>{formatShort(a.last, zone)}</td>
              <td className="num">{formatInt(a.events)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="account-note">
        New: first used after the baseline, the feed&apos;s first {baseline.days} days ({formatDateTime(baseline.start, zone)} – {formatDateTime(baseline.end, zone)}).
        {addressesTotal > addresses.length && ` Showing ${formatInt(addresses.length)} of ${formatInt(addressesTotal)}.`}
      </p>
    </>
  );
}
