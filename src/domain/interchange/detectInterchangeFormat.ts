/**
 * Which interchange format a file is, by its content alone (names lie: OTM, Threat Dragon and
 * our own projects are all `.json`). Cheap: looks at the top of the text before any full parse,
 * so `htw import` and the app can route a file without knowing its name.
 */
export type InterchangeFormat = 'otm';

/** The format of `text`, or `undefined` when it is none of the interchange formats. */
export function detectInterchangeFormat(text: string): InterchangeFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{')) return undefined;
  // OTM's only required top-level marker; no other format we read has it.
  if (/"otmVersion"\s*:/.test(text.slice(0, 200_000))) return 'otm';
  return undefined;
}
