const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Epoch ms from `--now` / `?now=`: digits are epoch ms, otherwise an RFC 3339 time with `Z` or an offset, or a bare
 * date (UTC midnight). A bare local time is refused: Date.parse would read it in the machine's zone, and the demo
 * must not depend on where it runs.
 */
export function parseInstant(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d{1,16}$/.test(trimmed)) return Number(trimmed);
  if (!RFC3339.test(trimmed) && !DATE_ONLY.test(trimmed)) return null;
  const ms = Date.parse(trimmed);
  return Number.isFinite(ms) ? ms : null;
}
