// Characters that change how text looks without being seen: bidi overrides and isolates, zero-width characters,
// other format controls. In an account name they let `adm\u200Bin` pass for `admin`, or reverse what follows.
// The class lists control and combining characters on purpose: finding them is the point.
// eslint-disable-next-line no-control-regex, no-misleading-character-class
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export type TextPart = { kind: 'text'; text: string } | { kind: 'hidden'; code: string };

/** Splits feed text into plain runs and visible markers for hidden characters (shown as ⟨U+200B⟩). */
export function revealText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(HIDDEN)) {
    const at = match.index;
    if (at > last) parts.push({ kind: 'text', text: text.slice(last, at) });
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    parts.push({ kind: 'hidden', code: `U+${code}` });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** A display cut of a long string; the full value stays reachable (title, copy, raw view). */
export function truncateText(text: string, max: number): { shown: string; cut: boolean } {
  if (text.length <= max) return { shown: text, cut: false };
  return { shown: `${text.slice(0, max - 1)}…`, cut: true };
}
