import type { EventSort, SortKey } from '../../analysis/account/accountEvents';
import { zoneName } from './eventTime';

const COLUMNS: { label: string; key: SortKey | null; numeric?: boolean }[] = [
  { label: 'Time', key: 'time' },
  { label: 'Action', key: 'action' },
  { label: 'Records', key: 'records', numeric: true },
  { label: 'Bytes', key: 'bytes', numeric: true },
  { label: 'Address', key: 'ip' },
  { label: 'Host', key: 'host' },
  { label: 'Detection, incident, message', key: null },
];

/** Time and sizes sort largest first on the first click (the analyst's question is "what was biggest, latest"). */
const FIRST_CLICK: Record<SortKey, EventSort> = { time: '-time', action: 'action', records: '-records', bytes: '-bytes', ip: 'ip', host: 'host' };

const flip = (sort: EventSort): EventSort => (sort.startsWith('-') ? sort.slice(1) : `-${sort}`) as EventSort;

export function EventTableHeader({ sort, zone, at, onSort }: { sort: EventSort; zone: string; at: number; onSort: (sort: EventSort) => void }) {
  const current = sort.replace('-', '');
  return (
    <div role="rowgroup" className="account-events-head">
      <div role="row" aria-rowindex={1} className="account-event-row">
        {COLUMNS.map(({ label, key, numeric }) => {
          const sorted = key !== null && key === current;
          const direction = sort.startsWith('-') ? 'descending' : 'ascending';
          return (
            <div key={label} role="columnheader" aria-sort={sorted ? direction : undefined} className={numeric ? 'num' : undefined}>
              {key === null ? (
                label
              ) : (
                <button type="button" onClick={() => onSort(sorted ? flip(sort) : FIRST_CLICK[key])}>
                  {label}
                  {key === 'time' && ` (${zoneName(at, zone)})`}
                  <span aria-hidden="true">{sorted ? (direction === 'descending' ? ' ▼' : ' ▲') : ''}</span>
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
