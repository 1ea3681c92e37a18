/** Reads any supported scan report, choosing the parser from the content (never the file name alone). */
import { parseCkl } from './ckl';
import { parseCklb } from './cklb';
import { looksLikeLynis, parseLynisReport } from './lynis';
import { parseScanXml } from './scanXml';
import { ScanParseError, type ScanReport } from './types';
import { parseArf, parseXccdfResults } from './xccdf';

/** The first element name of an XML text, skipping the declaration, comments and processing instructions. */
function firstElement(text: string): string | undefined {
  return /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(
    text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '').slice(0, 8192),
  )?.[2];
}

export function parseScanReport(text: string, file: string): ScanReport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') throw new ScanParseError('unsupported', file, 1, 'the file is empty');
  if (start.startsWith('{')) return parseCklb(body, file);
  if (looksLikeLynis(body)) return parseLynisReport(body, file);
  if (start.startsWith('<')) {
    const root = firstElement(start);
    if (root === 'asset-report-collection') return parseArf(body, file);
    if (root === 'Benchmark' || root === 'TestResult') return parseXccdfResults(body, file);
    if (root === 'CHECKLIST') return parseCkl(body, file);
    // Not a known root: let the XML parser report a syntax error first, then say what is expected.
    parseScanXml(body, file);
  }
  throw new ScanParseError(
    'unsupported',
    file,
    1,
    'not a scan report this tool reads: expected XCCDF results or ARF (OpenSCAP), a STIG Viewer checklist (.ckl or .cklb) or a Lynis report.dat',
  );
}
