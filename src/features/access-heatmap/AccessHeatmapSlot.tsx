import { memo } from 'react';
import type { AccessHeatmapQuery } from '../../analysis/access-heatmap/accessHeatmap';
import { AccessHeatmapChart } from './AccessHeatmapChart';
import { useAccessHeatmap } from './useAccessHeatmap';

export type AccessHeatmapSlotProps = AccessHeatmapQuery & {
  revision: string;
  fit: boolean;
  onOpenAccount: (account: string) => void;
};

/**
 * The heatmap for one answer to "privileged only". The view keeps one for each, the shown one in the flow and the
 * other drawn underneath while the page is idle (PreDrawnSlot): every prop is a primitive or a stable callback, so
 * showing the other one re-renders nothing inside either. Nothing until the answer is in: the view says "Working…".
 */
export const AccessHeatmapSlot = memo(function AccessHeatmapSlot({ revision, fit, onOpenAccount, range, from, to, mode, order, privilegedOnly }: AccessHeatmapSlotProps) {
  const { data } = useAccessHeatmap(revision, { range, from, to, mode, order, privilegedOnly });
  return data ? <AccessHeatmapChart model={data} fit={fit} onOpenAccount={onOpenAccount} /> : null;
});
