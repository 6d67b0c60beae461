import type { AccessHeatmap } from '../../analysis/access-heatmap/accessHeatmap';

const WEEK_HOURS = 168;
const cuts = new WeakMap<AccessHeatmap, AccessHeatmap>();

/**
 * The heatmap of the privileged accounts only, cut from the full one the worker sent: the same rows in the same
 * order, their cells, and the colour scale's maximum over them alone; the headline (`flagged`) and the accounts in
 * range count everyone, as the worker's own filter does. "Privileged only" is then a glance at a grid already on the
 * page, not another pass over the feed (~100 ms in the worker on a million events). The same model gives the same
 * cut, the same object: a grid kept on screen while the next question is worked out is not drawn again.
 */
export function privilegedRowsOnly(model: AccessHeatmap): AccessHeatmap {
  let cut = cuts.get(model);
  if (!cut) cuts.set(model, (cut = cutPrivilegedRows(model)));
  return cut;
}

function cutPrivilegedRows(model: AccessHeatmap): AccessHeatmap {
  const columns = model.columns.labels.length;
  const kept = model.rows.flatMap((row, r) => (row.privileged ? [r] : []));
  const cells = <T extends Uint8Array | Uint32Array | Float32Array>(from: T, width: number): T => {
    const to = new (from.constructor as new (length: number) => T)(kept.length * width);
    kept.forEach((r, i) => to.set(from.subarray(r * width, (r + 1) * width), i * width));
    return to;
  };
  const counts = cells(model.counts, columns);
  let maxCount = 0;
  for (const count of counts) maxCount = Math.max(maxCount, count);
  return {
    ...model,
    query: { ...model.query, privilegedOnly: true },
    rows: kept.map((r) => model.rows[r]!),
    counts,
    levels: cells(model.levels, columns),
    highlight: cells(model.highlight, columns),
    exported: cells(model.exported, columns),
    slot: cells(model.slot, columns),
    rowUsual: cells(model.rowUsual, WEEK_HOURS),
    rowPeerUsual: cells(model.rowPeerUsual, WEEK_HOURS),
    maxCount,
  };
}
