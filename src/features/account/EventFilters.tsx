import type { AccountEventTable } from '../../analysis/account/accountEvents';
import { formatInt } from '../../ui/format';

interface EventFiltersProps {
  table: AccountEventTable | undefined;
  action: string | undefined;
  text: string;
  onAction: (action: string | undefined) => void;
  onText: (text: string) => void;
}

/** Filter by action and search the shown text; both live in the URL, so a shared link shows the same rows. */
export function EventFilters({ table, action, text, onAction, onText }: EventFiltersProps) {
  const actions = table?.actions ?? [];
  // An action from the URL that the range does not hold stays selectable, so the select shows what filters the rows.
  const options = action && !actions.some((a) => a.action === action) ? [...actions, { action, count: 0 }] : actions;
  return (
    <div className="account-event-filters">
      <label>
        Action{' '}
        <select value={action ?? ''} onChange={(event) => onAction(event.target.value || undefined)}>
          <option value="">all ({formatInt(table?.inWindow ?? 0)})</option>
          {options.map((a) => (
            <option key={a.action} value={a.action}>
              {a.action} ({formatInt(a.count)})
            </option>
          ))}
        </select>
      </label>
      <label>
        Search{' '}
        <input type="search" value={text} maxLength={200} placeholder="address, host, rule, message…" onChange={(event) => onText(event.target.value)} />
      </label>
      <p role="status" className="account-muted">
        {table ? `${formatInt(table.rows)} of ${formatInt(table.inWindow)} events in the range` : 'Working…'}
      </p>
    </div>
  );
}
