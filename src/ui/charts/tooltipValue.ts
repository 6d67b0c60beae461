/** What recharts calls a series' name (its NameType, not exported from the package root). */
type SeriesName = string | number;

/** A tooltip line's value: "1.2K", or "800 – 1.4K" for a band (a [lower, upper] pair), beside the series' name. */
export function tooltipValue(format: (value: number) => string) {
  return (value: unknown, name: SeriesName | undefined): [string, SeriesName] => [Array.isArray(value) ? `${format(Number(value[0]))} – ${format(Number(value[1]))}` : format(Number(value)), name ?? ''];
}
