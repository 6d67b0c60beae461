import type { IngestedFeed } from '../../feed/ingestFeed';
import { describeBulk, describeCumulative, describeTrickle, type ExportAnomaly, type ExportAnomalyDetail } from './explainAnomaly';
import { exportVolumeModel, type ExportVolumeModel } from './exportVolumeModel';
import type { ExportVolumeSettings } from './exportVolumeSettings';

export interface ExportRanking {
  /** Bulk stretches that moved the whole system, and trickles: ranked by records above baseline. */
  ranked: ExportAnomalyDetail[];
  /** Bulk stretches unusual for the account but inside the system's band: on the account's chart, not ranked. */
  unusual: ExportAnomalyDetail[];
}

const byScore = (a: ExportAnomalyDetail, b: ExportAnomalyDetail) => b.score - a.score || a.account.localeCompare(b.account) || a.kind.localeCompare(b.kind);

/** Every flag of every account, one entry per account and kind (its largest), ranked. */
export function rankExportAnomalies(model: ExportVolumeModel): ExportRanking {
  const ranked: ExportAnomalyDetail[] = [];
  const unusual: ExportAnomalyDetail[] = [];
  for (const series of model.data.accounts) {
    const { account, role } = series;
    const stretches = (model.bulk.get(account) ?? []).map((s) => describeBulk(model, s, role));
    const material = stretches.filter((s) => s.material).sort(byScore);
    if (material[0]) ranked.push(material[0]);
    else {
      const strongest = stretches.sort(byScore)[0];
      if (strongest) unusual.push(strongest);
    }

    const runs = (model.trickle.get(account)?.runs ?? []).filter((run) => run.alarmDay !== null);
    const trickles = runs.map((run) => describeTrickle(model, account, role, run)).sort(byScore);
    const cumulative = model.cumulative.get(account);
    const trickle = trickles[0];
    if (trickle && cumulative) ranked.push({ ...trickle, explanation: `${trickle.explanation} ${describeCumulative(model, role, cumulative).explanation}` });
    else if (trickle) ranked.push(trickle);
    else if (cumulative) ranked.push(describeCumulative(model, role, cumulative));
  }
  return { ranked: ranked.sort(byScore), unusual: unusual.sort(byScore) };
}

/** The `feed analyze --json` contract: exactly these fields, epoch ms, ranked by score. */
export function exportAnomalies(feed: IngestedFeed, settings?: ExportVolumeSettings): ExportAnomaly[] {
  const model = exportVolumeModel(feed, settings);
  if (!model) return [];
  return rankExportAnomalies(model).ranked.map(({ account, kind, score, from, to, excessRecords, excessBytes }) => ({
    account,
    kind,
    score,
    from,
    to,
    excessRecords,
    excessBytes,
  }));
}
