/** "605×", "3.1×": how many times the baseline, rounded to what a reader compares. */
export function formatRatio(ratio: number): string {
  return `${ratio >= 10 ? Math.round(ratio).toLocaleString('en') : ratio.toFixed(1)}×`;
}
