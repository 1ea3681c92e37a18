/** Paths into JSON values, written the way a person reads them: `components["vm 1"].name`. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Formats path segments; numbers are array indexes. An empty path is `(top level)`. */
export function formatJsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)}]`;
    }
  }
  return out === '' ? '(top level)' : out;
}
