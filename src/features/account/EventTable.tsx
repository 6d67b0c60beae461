import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { SEVERITIES } from '../../analysis/account/accountEventColumns';
import type { AccountEventTable, EventSort } from '../../analysis/account/accountEvents';
import { FeedText } from '../../ui/FeedText';
import { formatBytes, formatInt } from '../../ui/format';
import { EventTableHeader } from './EventTableHeader';
import { formatEventTime } from './eventTime';

const ROW_HEIGHT = 30;
/** Rows drawn before the scroll box is measured (first paint, jsdom): enough to fill it, far fewer than 100,000. */
const UNMEASURED_ROWS = 40;

interface EventTableProps {
  table: AccountEventTable;
  zone: string;
  selectedId: string | undefined;
  onSelect: (eventId: string) => void;
  onSort: (sort: EventSort) => void;
}

/**
 * Every event of the account as a virtualised table: the worker hands over columns already filtered and sorted,
 * and only the rows in view (plus a few) are in the DOM, so 100,000 rows scroll like 100.
 */
export function EventTable({ table: t, zone, selectedId, onSelect, onSort }: EventTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build has no React Compiler, so nothing memoises around the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: t.rows, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  // A new sort or filter starts at the top: row 40,000 of the old order means nothing in the new one.
  const { sort, action, text: search } = t.query;
  useEffect(() => virtualizer.scrollToOffset(0), [virtualizer, sort, action, search]);
  const measured = virtualizer.getVirtualItems();
  const items = measured.length > 0 ? measured : Array.from({ length: Math.min(t.rows, UNMEASURED_ROWS) }, (_, index) => ({ index, start: index * ROW_HEIGHT }));
  const text = (codes: Uint32Array, row: number) => t.strings[codes[row] as number] ?? '';

  return (
    <div className="account-events-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label="Events, scrollable">
      <div role="table" aria-label={`Events of ${t.account}`} aria-rowcount={t.rows + 1} className="account-events-table">
        <EventTableHeader sort={t.query.sort} zone={zone} at={t.ts[0] ?? 0} onSort={onSort} />
        <div role="rowgroup" className="account-events-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map(({ index: row, start }) => {
            const id = text(t.id, row);
            const severity = SEVERITIES[t.severity[row] as number];
            const detail = [severity && `${severity}:`, text(t.rule, row), text(t.incident, row), text(t.message, row)].filter(Boolean).join(' ');
            return (
              <div
                key={id || row}
                role="row"
                aria-rowindex={row + 2}
                aria-current={id === selectedId ? 'true' : undefined}
                className={`account-event-row${id === selectedId ? ' selected' : ''}${severity ? ' detection' : ''}`}
                style={{ transform: `translateY(${start}px)` }}
                // The time cell's button takes keyboard users here; a click anywhere on the row does the same.
                onClick={() => onSelect(id)}
              >
                <div role="cell">
                  <button type="button" className="account-event-open" aria-label={`Open the raw record of event ${id}`}>
                    {formatEventTime(t.ts[row] as number, zone)}
                  </button>
                </div>
                <div role="cell">
                  <FeedText text={text(t.action, row)} max={24} />
                </div>
                <div role="cell" className="num">
                  {t.records[row] ? formatInt(t.records[row] as number) : ''}
                </div>
                <div role="cell" className="num">
                  {t.bytes[row] ? formatBytes(t.bytes[row] as number) : ''}
                </div>
                <div role="cell">
                  <FeedText text={text(t.ip, row)} max={40} />
                </div>
                <div role="cell">
                  <FeedText text={text(t.host, row)} max={30} />
                </div>
                <div role="cell">
                  <FeedText text={detail} max={160} />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
