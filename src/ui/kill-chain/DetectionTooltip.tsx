import type { DetectionInfo, DetectionPlacement } from '../../analysis/incident-timeline/detectionInfo';
import { techniqueLabel } from '../../analysis/incident-timeline/detectionInfo';
import type { ReactNode } from 'react';
import { FeedText } from '../FeedText';
import { formatDateTime } from '../format';
import { placementNotes } from './placementNotes';
import { severityStyle } from './severityStyle';

interface DetectionTooltipProps {
  detection: DetectionInfo;
  placement: DetectionPlacement;
  zone: string;
  left: number;
  top: number;
  pinned: boolean;
  onClose: () => void;
  /** How an account is shown: a view passes a link to the account's page (ui/ knows no routes); plain text otherwise. */
  renderAccount?: (account: string) => ReactNode;
}

/** Everything about one marker, as text: feed values are React text, never markup. */
export function DetectionTooltip({ detection, placement, zone, left, top, pinned, onClose, renderAccount }: DetectionTooltipProps) {
  const others = [...new Set(detection.placements.filter((p) => p.lane !== placement.lane).map((p) => p.tacticName))];
  const severity = severityStyle(detection.severity);
  return (
    <div
      className={`detection-tooltip${pinned ? ' pinned' : ''}`}
      style={{ left, top }}
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={`Detection ${detection.id}`}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <p className="tooltip-technique">{techniqueLabel(placement)}</p>
      <p className="tooltip-meta">
        {placement.tacticName} · <span style={{ color: severity.colour }}>{severity.label}</span>
      </p>
      <dl>
        <dt>Rule</dt>
        <dd>{detection.rule || detection.ruleId ? <FeedText text={[detection.rule, detection.ruleId && `(${detection.ruleId})`].filter(Boolean).join(' ')} /> : 'none stated'}</dd>
        <dt>Account</dt>
        <dd>{detection.account ? (renderAccount?.(detection.account) ?? <FeedText text={detection.account} />) : <FeedText text={detection.host ?? detection.ip ?? 'none stated'} />}</dd>
        <dt>Time</dt>
        <dd>{formatDateTime(detection.ts, zone)}</dd>
        {detection.message && (
          <>
            <dt>Message</dt>
            <dd>
              <FeedText text={detection.message} max={400} />
            </dd>
          </>
        )}
      </dl>
      {others.length > 0 && <p className="tooltip-shared">The same detection is also in: {others.join(', ')}</p>}
      {placementNotes(placement).map((note) => (
        <p key={note} className="tooltip-flag">
          {note}
        </p>
      ))}
      {pinned ? (
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      ) : (
        <p className="tooltip-hint">Click the marker to pin this and follow the account link.</p>
      )}
    </div>
  );
}
