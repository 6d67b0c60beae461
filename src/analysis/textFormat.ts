// Number and time formatting shared by the sentences the analysis writes (CLI, tooltips, help) and the views, so
// both say "1.2M" and "12 Feb, 01:00" the same way. Plain TS: it runs in the worker and in Node.

const intFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compactFormat = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** 1,234,567 — exact counts where an analyst may compare them. */
export const formatInt = (n: number) => intFormat.format(n);

/** 1.2M — headline figures read from across a room. */
export const formatCompact = (n: number) => compactFormat.format(n);

const zonedFormats = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per zone and style, in en-GB: building them is the slow part, formatting is cheap. */
export function zonedFormat(timeZone: string, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}\u0000${style}`;
  let format = zonedFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    zonedFormats.set(key, format);
  }
  return format;
}
