/**
 * The root element name of an XML file, found without parsing it: libvirt writes every
 * kind of XML (domain, network, capabilities, domainCapabilities) with a `.xml` name, so the
 * extension alone cannot pick the reader. Skips a BOM, the XML declaration, processing
 * instructions, comments and whitespace.
 */
export function xmlRootName(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return undefined;
      i = end + 3;
    } else break;
  }
  if (text[i] !== '<') return undefined;
  const m = /^<([A-Za-z_][\w.-]*)/.exec(text.slice(i, i + 80));
  return m?.[1];
}
