import type { Reject } from './rejects';

export type DecodeResult = { ok: true; text: string; warnings: Reject[] } | { ok: false; error: Reject };

/** Length of the valid UTF-8 sequence at `i`, or -(bytes to skip) when it is not one (WHATWG's U+FFFD rule). */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    if (lead === 0xe0) low = 0xa0; // overlong
    if (lead === 0xed) high = 0x9f; // an encoded surrogate: UTF-16 halves are not characters
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f; // above U+10FFFF
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if (b === undefined || b < low || b > high) return -k;
    low = 0x80;
    high = 0xbf;
  }
  return need + 1;
}

/** Where the first invalid sequence starts, and how many there are (each becomes one U+FFFD). */
export function findInvalidUtf8(bytes: Uint8Array): { first: number; count: number } | null {
  let first = -1;
  let count = 0;
  for (let i = 0; i < bytes.length; ) {
    // ASCII runs are most of any feed: skip them without the full check.
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const step = sequenceAt(bytes, i);
    if (step > 0) i += step;
    else {
      if (first === -1) first = i;
      count++;
      i += -step;
    }
  }
  return first === -1 ? null : { first, count };
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A feed's bytes as text. Invalid UTF-8 is not silently replaced: the feed is still read (one bad byte in one message
 * must not sink a day of events), but a warning names the byte offset and line of the first bad sequence and the
 * count, because `adm\xFFin` and `adm\xFEin` both read as `adm�in` and two accounts could pass for one.
 * A UTF-16 file is refused as a whole: every record would be garbage.
 */
export function decodeFeedBytes(input: ArrayBuffer | Uint8Array): DecodeResult {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: { where: 'byte 0', why: 'the feed is UTF-16 (it starts with a UTF-16 byte-order mark); Breachline reads UTF-8: re-export it as UTF-8' } };
  }
  try {
    // fatal: throws at the first bad byte instead of writing U+FFFD; the BOM, if any, is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = findInvalidUtf8(bytes);
    if (!bad) return { ok: true, text, warnings: [] };
    const more = bad.count > 1 ? `; ${bad.count} invalid sequences in the feed` : '';
    return {
      ok: true,
      text,
      warnings: [
        {
          where: `byte ${bad.first} (line ${lineOf(bytes, bad.first)})`,
          why: `invalid UTF-8 (${hex(bytes[bad.first])}), read as U+FFFD "\uFFFD"${more}: values that differ only there look the same`,
        },
      ],
    };
  }
}

/** Chunks read one after another, as one array of `total` bytes. */
export function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
