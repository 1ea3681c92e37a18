/**
 * Where JSON text first goes wrong. `JSON.parse` does not always say (V8 often reports only
 * the token), and a person fixing a file needs the line and column. Iterative: no recursion
 * on nesting. Only run after `JSON.parse` failed, so its speed does not matter.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** Index just after the string starting at `start` (a `"`), or the error index as `-1 - index`. */
function scanString(text: string, start: number): number {
  let k = start + 1;
  while (k < text.length) {
    const ch = text.charCodeAt(k);
    if (ch === 34) return k + 1;
    if (ch === 92) {
      const next = text[k + 1] ?? '';
      if (next === 'u') {
        if (!HEX4.test(text.slice(k + 2, k + 6))) return -1 - k;
        k += 6;
      } else if (ESCAPE.has(next)) k += 2;
      else return -1 - k;
    } else if (ch < 0x20) return -1 - k;
    else k++;
  }
  return -1 - text.length;
}

/** The index of the first syntax error, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): number | undefined {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
  };
  for (;;) {
    skipSpace();
    if (state === 'value') {
      if (i >= n) return i;
      const c = text[i]!;
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else state = c === '{' ? 'key' : 'value';
        continue;
      }
      if (c === '"') {
        const end = scanString(text, i);
        if (end < 0) return -1 - end;
        i = end;
        state = 'after';
        continue;
      }
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text);
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (number && number[0].length > 0) i += number[0].length;
      else if (literal) i += literal.length;
      else return i;
      state = 'after';
      continue;
    }
    if (state === 'key') {
      if (text[i] !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -1 - end;
      i = end;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : undefined;
    const c = text[i];
    if (c === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else return i;
  }
}
