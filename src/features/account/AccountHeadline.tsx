import type { AccountProfile } from '../../analysis/account/accountProfile';
import { FeedText } from '../../ui/FeedText';
import { formatCompact, formatDateTime, formatInt } from '../../ui/format';

/** What an analyst needs in the first seconds, in one line of words: privilege, unknown addresses, incidents. */
export function AccountHeadline({ profile: p, zone }: { profile: AccountProfile; zone: string }) {
  const lonely = p.addresses.filter((a) => a.isNew && a.otherAccounts === 0);
  return (
    <ul className="account-headline" aria-label="In short">
      <li className={p.privileged ? 'account-headline-alert' : undefined}>
        {p.privileged ? 'Privileged' : 'Not privileged'}
        {p.role && (
          <>
            {' '}
            <FeedText text={p.role} max={40} />
          </>
        )}
      </li>
      {lonely.length > 0 ? (
        <li className="account-headline-alert">
          New address{lonely.length === 1 ? '' : 'es'} no other account uses:{' '}
          {lonely.slice(0, 3).map((a, i) => (
            <span key={a.ip}>
              {i > 0 && ', '}
              <code>
                <FeedText text={a.ip} max={45} />
              </code>{' '}
              since {formatDateTime(a.first, zone)}
            </span>
          ))}
        </li>
      ) : (
        <li>{p.newAddresses > 0 ? `${p.newAddresses} new address${p.newAddresses === 1 ? '' : 'es'}, each shared with other accounts` : 'No new address since the baseline'}</li>
      )}
      {p.incidents.length > 0 ? (
        <li className="account-headline-alert">
          In{' '}
          {p.incidents.map((incident, i) => (
            <span key={incident.id}>
              {i > 0 && ', '}
              <FeedText text={incident.id} max={40} />
            </span>
          ))}{' '}
          · {formatInt(p.detections)} detection{p.detections === 1 ? '' : 's'}
        </li>
      ) : (
        <li>{p.detections > 0 ? `${formatInt(p.detections)} detections, in no incident` : 'No detections'}</li>
      )}
      <li>
        {formatCompact(p.exports.records)} records exported in {formatInt(p.exports.events)} exports
      </li>
    </ul>
  );
}
