import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { feedQueries } from '../../queries/feedQueries';
import { ErrorState } from '../../ui/ErrorState';
import { FeedText } from '../../ui/FeedText';
import { MaskedValue } from './MaskedValue';

interface RawRecordProps {
  revision: string;
  account: string;
  eventId: string;
}

/**
 * The feed's own record of one event, as the worker formatted it: JSON text with hidden characters escaped and
 * every sensitive value already masked. Plain text nodes only; a value is revealed one at a time, on request.
 */
export function RawRecord({ revision, account, eventId }: RawRecordProps) {
  const record = useQuery(feedQueries.accountRawRecord(revision, account, eventId));
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setRevealed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (record.error) return <ErrorState title="The raw record could not be read" message={record.error.message} />;
  if (record.data === undefined) return <p role="status">Working…</p>;
  if (record.data === null) {
    return (
      <p role="alert" className="account-warn">
        This account has no event <FeedText text={eventId} /> in the loaded feed.
      </p>
    );
  }
  const { parts, masked, index } = record.data;
  return (
    <>
      <p className="account-note">
        Record {index + 1} of the feed, event <FeedText text={eventId} max={60} />.{' '}
        {masked === 0 ? 'Nothing in it looks like a customer identifier.' : `${masked} value${masked === 1 ? '' : 's'} masked: reveal one only when the case needs it.`}
      </p>
      <pre className="account-raw" aria-label={`Raw record of event ${eventId}`}>
        {parts.map((part, i) =>
          part.kind === 'text' ? (
            part.text
          ) : (
            <MaskedValue key={i} part={part} revision={revision} account={account} eventId={eventId} revealed={revealed.has(part.id)} onToggle={() => toggle(part.id)} />
          ),
        )}
      </pre>
    </>
  );
}
