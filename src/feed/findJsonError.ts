const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Offset of the first JSON syntax error in `text`, or -1 when it is valid. Only called after JSON.parse failed:
 * Node 20's V8 does not always say where ("Unexpected token 'o'"), and a feed engineer needs line and column.
 * Iterative, so 100,000-deep nesting cannot overflow the stack.
 */
export function findJsonError(text: string): number {
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  // A stack of containers: 'a' array, 'o' object. `expect` is what the grammar wants next.
  const stack: ('a' | 'o')[] = [];
  let expect: 'value' | 'key' | 'colon' | 'commaOrEnd' | 'valueOrEnd' | 'keyOrEnd' = 'value';
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/;
  for (;;) {
    skip();
    if (i >= n) return stack.length === 0 && expect === 'commaOrEnd' ? -1 : n;
    const ch = text[i];
    if (expect === 'colon') {
      if (ch !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'commaOrEnd') {
      const top = stack.at(-1);
      if (!top) return i; // text after the single top-level value
      if (ch === ',') {
        i++;
        expect = top === 'o' ? 'key' : 'value';
      } else if ((ch === ']' && top === 'a') || (ch === '}' && top === 'o')) {
        i++;
        stack.pop();
        expect = 'commaOrEnd';
      } else return i;
      continue;
    }
    if (expect === 'key' || expect === 'keyOrEnd') {
      if (ch === '}' && expect === 'keyOrEnd') {
        i++;
        stack.pop();
        expect = 'commaOrEnd';
        continue;
      }
      if (ch !== '"') return i;
      const start = i;
      if (!scanString()) return i >= n ? n : Math.max(start, i);
      expect = 'colon';
      continue;
    }
    // a value (or the end of an empty array)
    if (ch === ']' && expect === 'valueOrEnd') {
      i++;
      stack.pop();
      expect = 'commaOrEnd';
    } else if (ch === '{') {
      i++;
      stack.push('o');
      expect = 'keyOrEnd';
    } else if (ch === '[') {
      i++;
      stack.push('a');
      expect = 'valueOrEnd';
    } else if (ch === '"') {
      if (!scanString()) return Math.min(i, n);
      expect = 'commaOrEnd';
    } else {
      const match = literal.exec(text.slice(i, i + 400));
      if (!match) return i;
      i += match[0].length;
      expect = 'commaOrEnd';
    }
  }
}
