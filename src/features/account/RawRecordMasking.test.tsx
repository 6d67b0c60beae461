import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { server } from '../../../mocks/node';
import { feedWith } from '../../../mocks/overrides';
import { envelope, makeEvent, TEST_SETTINGS } from '../../test/feedBuilders';
import { renderApp } from '../../test/renderApp';
// The app loads this view lazily: importing it up front keeps its first load (recharts and all) out of findBy's 1 s wait.
import './AccountPage';

// Customer identifiers in the shapes feeds carry them: in free text, in unknown fields, under telling names, nested.
const SECRETS = {
  ibanGrouped: 'NL91 ABNA 0417 1643 00',
  ibanCompact: 'DE89370400440532013000',
  ibanLower: 'gb29nwbk60161331926819',
  email: 'jan.de.vries@example.org',
  emailInField: 'ops+crm@klant.example.nl',
  phoneIntl: '+31 6 12345678',
  phoneNational: '020-123 4567',
  phoneNanp: '(555) 010-9999',
  bsn: '111222333',
  ssn: '078-05-1120',
  nino: 'AB 12 34 56 C',
  dni: '12345678Z',
  passport: 'NW92BDK51',
  passportByName: 'X1',
} as const;

/** What must not appear: the value itself, and the digits or letters that identify it (its middle). */
const tells = Object.values(SECRETS).flatMap((value) => {
  const compact = value.replace(/[^A-Za-z0-9]/g, '');
  return [value, compact.length > 8 ? compact.slice(3, -2) : compact];
});
const leaked = () => tells.filter((tell) => document.body.innerHTML.replace(/<[^>]+>/g, '').replace(/[\s-]/g, '').toLowerCase().includes(tell.replace(/[\s-]/g, '').toLowerCase()));

const record = makeEvent({
  id: 'pii',
  account: 'ag-0042',
  action: 'view',
  message: `Looked up ${SECRETS.ibanGrouped} and ${SECRETS.email}; called ${SECRETS.phoneIntl}, ${SECRETS.phoneNational}, ${SECRETS.phoneNanp}.`,
  customer: {
    iban: SECRETS.ibanCompact,
    note: `refund to ${SECRETS.ibanLower}, bsn ${SECRETS.bsn}, ssn ${SECRETS.ssn}`,
    ids: [SECRETS.nino, SECRETS.dni, `passport ${SECRETS.passport}`],
    contact: { mail: SECRETS.emailInField },
    passport: SECRETS.passportByName,
  },
});

test('no IBAN, ID number, e-mail address or phone number reaches the DOM unmasked until it is revealed, one at a time', async () => {
  server.use(feedWith(envelope([record], { meta: { generatedAt: new Date(TEST_SETTINGS.now).toISOString() } })));
  const { user } = renderApp('/?view=account&account=ag-0042&range=30d&event=pii');
  const raw = await screen.findByLabelText('Raw record of event pii');
  const table = screen.getByRole('table', { name: 'Events of ag-0042' });
  expect(within(table).getAllByRole('row')).toHaveLength(2); // the message cell is masked too
  expect(leaked()).toEqual([]);

  const reveal = within(raw).getAllByRole('button', { name: /^Reveal / });
  expect(reveal.map((b) => /^Reveal (IBAN|e-mail address|phone number|national ID number|passport or ID-card number|sensitive field) /.exec(b.getAttribute('aria-label') ?? '')?.[0].trim())).toEqual([
    'Reveal IBAN',
    'Reveal e-mail address',
    'Reveal phone number',
    'Reveal phone number',
    'Reveal phone number',
    'Reveal sensitive field',
    'Reveal IBAN',
    'Reveal national ID number',
    'Reveal national ID number',
    'Reveal national ID number',
    'Reveal national ID number',
    'Reveal passport or ID-card number',
    'Reveal e-mail address',
    'Reveal sensitive field',
  ]);

  await user.click(reveal[1] as HTMLElement);
  await waitFor(() => expect(raw).toHaveTextContent(SECRETS.email));
  expect(leaked()).toEqual([SECRETS.email]); // that one, and nothing else
});
