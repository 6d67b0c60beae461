const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/i;

/**
 * Epoch ms from `--now` / `?now=`: digits are epoch ms, otherwise an RFC 3339 time with `Z` or an offset, or a bare
 * date (UTC midnight). A bare local time is refused: Date.parse would read it in the machine's zone, and the demo
 * must not depend on where it runs.
 */
export function parseInstant(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d{1,16}$/.test(trimmed)) return Number(trimmed);
  const match = RFC3339.exec(trimmed);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.parse rolls 30 February over into March; a typo must not silently move the demo by days.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day || month < 1 || month > 12) return null;
  const ms = Date.parse(trimmed);
  return Number.isFinite(ms) ? ms : null;
}
