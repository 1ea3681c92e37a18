/**
 * Which interchange format a file is, by its content alone (names lie: OTM, Threat Dragon and
 * our own projects are all `.json`). Cheap: looks at the top of the text before any full parse,
 * so `htw import` and the app can route a file without knowing its name.
 */
export type InterchangeFormat = 'otm' | 'tmbom' | 'threat-dragon' | 'drawio';

/** The format of `text`, or `undefined` when it is none of the interchange formats. */
export function detectInterchangeFormat(text: string): InterchangeFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  // draw.io: an <mxfile> (pages) or a bare <mxGraphModel>, after an optional XML declaration or comments.
  if (/^(<\?xml[^>]{0,200}\?>\s*)?(<!--[\s\S]{0,2000}?-->\s*)*<(mxfile|mxGraphModel)[\s>]/.test(head.slice(0, 4000)))
    return 'drawio';
  if (!head.startsWith('{')) return undefined;
  // OTM's only required top-level marker; no other format we read has it.
  const top = text.slice(0, 200_000);
  if (/"otmVersion"\s*:/.test(top)) return 'otm';
  // TM-BOM: a CycloneDX BOM (the import then looks for the attached threat model), or a bare
  // Threat Model Library document, named by its $schema or by the keys the library requires.
  if (/"bomFormat"\s*:\s*"CycloneDX"/.test(top)) return 'tmbom';
  if (/"\$schema"\s*:\s*"[^"]*www-project-threat-model-library/.test(top)) return 'tmbom';
  if (/"trust_zones"\s*:/.test(top) && /"data_flows"\s*:/.test(top) && /"scope"\s*:/.test(top)) return 'tmbom';
  // Threat Dragon: summary + detail.diagrams, and never our own document's format marker.
  if (
    /"summary"\s*:/.test(top) &&
    /"diagrams"\s*:/.test(top) &&
    /"detail"\s*:/.test(top) &&
    !/"hypervisor-threat-workbench\/document"/.test(top)
  )
    return 'threat-dragon';
  return undefined;
}
