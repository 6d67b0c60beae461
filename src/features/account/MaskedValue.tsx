import { useQuery } from '@tanstack/react-query';
import type { RawPart } from '../../analysis/account/rawRecordView';
import { feedQueries } from '../../queries/feedQueries';

const WHAT: Record<Extract<RawPart, { kind: 'masked' }>['what'], string> = {
  iban: 'IBAN',
  email: 'e-mail address',
  phone: 'phone number',
  'national-id': 'national ID number',
  'document-number': 'passport or ID-card number',
  'sensitive-field': 'sensitive field',
};

interface MaskedValueProps {
  part: Extract<RawPart, { kind: 'masked' }>;
  revision: string;
  account: string;
  eventId: string;
  revealed: boolean;
  onToggle: () => void;
}

/** A masked value with its own reveal: the real value is asked of the worker only after the click, and only this one. */
export function MaskedValue({ part, revision, account, eventId, revealed, onToggle }: MaskedValueProps) {
  const value = useQuery({ ...feedQueries.revealedValue(revision, account, eventId, part.id), enabled: revealed });
  const what = WHAT[part.what];
  const shown = revealed && typeof value.data === 'string';
  return (
    <span className={`account-masked${shown ? ' revealed' : ''}`}>
      <span className="account-masked-value">{shown ? value.data : part.shown}</span>
      <button type="button" className="account-reveal" aria-pressed={revealed} aria-label={`${revealed ? 'Hide' : 'Reveal'} ${what} ${part.shown}`} onClick={onToggle}>
        {revealed ? 'hide' : 'reveal'}
      </button>
    </span>
  );
}
