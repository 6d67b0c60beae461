import type { ExportOverview } from '../../analysis/export-volume/exportOverview';

/** The account charted beside the system: the one the URL names, else the top of the ranking, else the first unusual. */
export function chartedAccount(chosen: string | undefined, overview: ExportOverview | null | undefined): string | null {
  return chosen ?? overview?.ranked[0]?.account ?? overview?.unusual[0]?.account ?? null;
}
