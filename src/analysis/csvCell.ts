export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`, `@SUM`,
// `+`/`-` arithmetic); tab and CR are on OWASP's list because some importers strip them and read what follows.
// The full-width forms are there because some spreadsheet locales fold them to ASCII.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// Quoted: the field separators of both common locales (comma; semicolon in much of Europe, where Excel would split
// `a;=cmd|…` into a second, formula cell), quotes, line ends, and edge spaces importers would trim.
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/**
 * One CSV field (RFC 4180) that a spreadsheet shows as text: feed text that would start a formula gets a leading
 * apostrophe (the convention spreadsheets themselves use for "this is text"), so the analyst sees `'=1+2`, not 3.
 * Numbers stay numbers: a count of -5 is data, not a formula.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  const neutralised = FORMULA_START.test(text) || FORMULA_START.test(text.trimStart());
  if (neutralised) text = `'${text}`;
  return neutralised || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line end: the caller joins rows with CRLF, as RFC 4180 asks). */
export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}
