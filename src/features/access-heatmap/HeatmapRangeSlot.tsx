import { memo } from 'react';
import type { AccessHeatmapQuery } from '../../analysis/access-heatmap/accessHeatmap';
import { PreDrawnSlot } from '../../ui/PreDrawnSlot';
import { AccessHeatmapSlot } from './AccessHeatmapSlot';

export interface HeatmapRangeSlotProps {
  time: Pick<AccessHeatmapQuery, 'range' | 'from' | 'to'>;
  revision: string;
  mode: AccessHeatmapQuery['mode'];
  order: AccessHeatmapQuery['order'];
  privilegedOnly: boolean;
  fit: boolean;
  onOpenAccount: (account: string) => void;
  /** The grid on show has its answer: the hidden ones may be drawn (else they would compete with it for the worker). */
  ready: boolean;
}

/** One range's heatmap for both answers to "privileged only": the other answer hidden and drawn when the page is idle. */
export const HeatmapRangeSlot = memo(function HeatmapRangeSlot({ time, revision, mode, order, privilegedOnly, fit, onOpenAccount, ready }: HeatmapRangeSlotProps) {
  const { range, from, to } = time;
  return (
    <>
      {[false, true].map((only) => (
        <PreDrawnSlot key={String(only)} shown={only === privilegedOnly} ready={ready} live={{ revision, range, from, to, mode, order, fit, onOpenAccount, privilegedOnly: only }} Draw={AccessHeatmapSlot} />
      ))}
    </>
  );
});
