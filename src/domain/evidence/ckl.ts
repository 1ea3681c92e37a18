/**
 * DISA STIG Viewer 2 checklists (.ckl, XML): CHECKLIST/ASSET names the host, each
 * STIGS/iSTIG/VULN carries its identifiers as STIG_DATA name/value pairs (Vuln_Num, Rule_ID,
 * Rule_Title, CCI_REF) and the reviewer's STATUS.
 */
import { kid, kids, parseScanXml, rootOf, textOf, type XmlElement } from './scanXml';
import { MAX_SCAN_RESULTS, ScanParseError, type ScanOutcome, type ScanReport, type ScanResult } from './types';

const STATUS: Record<string, ScanOutcome> = {
  NotAFinding: 'pass',
  Open: 'fail',
  Not_Applicable: 'other',
  Not_Reviewed: 'other',
};

function stigData(vuln: XmlElement, name: string): string[] {
  return kids(vuln, 'STIG_DATA')
    .filter((d) => textOf(kid(d, 'VULN_ATTRIBUTE')) === name)
    .map((d) => textOf(kid(d, 'ATTRIBUTE_DATA')))
    .filter((v): v is string => v !== undefined);
}

export function parseCkl(text: string, file: string): ScanReport {
  const root = rootOf(parseScanXml(text, file));
  if (root?.name !== 'CHECKLIST')
    throw new ScanParseError(
      'unsupported',
      file,
      1,
      `the root element is <${root?.name ?? 'none'}>, not a STIG Viewer CHECKLIST`,
    );
  const results: ScanResult[] = [];
  kids(kid(root.el, 'STIGS'), 'iSTIG').forEach((stig, s) => {
    kids(stig, 'VULN').forEach((vuln, v) => {
      const at = `/CHECKLIST/STIGS/iSTIG[${s + 1}]/VULN[${v + 1}]`;
      const vulnNum = stigData(vuln, 'Vuln_Num')[0];
      const ruleId = stigData(vuln, 'Rule_ID')[0] ?? vulnNum;
      if (!ruleId) throw new ScanParseError('invalid', file, 1, 'a VULN has neither a Rule_ID nor a Vuln_Num', at);
      const raw = textOf(kid(vuln, 'STATUS'));
      if (!raw) throw new ScanParseError('invalid', file, 1, `${ruleId} has no STATUS`, `${at}/STATUS`);
      const outcome = STATUS[raw];
      if (!outcome)
        throw new ScanParseError(
          'invalid',
          file,
          1,
          `${ruleId} has the status "${raw}"; expected NotAFinding, Open, Not_Applicable or Not_Reviewed`,
          `${at}/STATUS`,
        );
      if (results.length >= MAX_SCAN_RESULTS)
        throw new ScanParseError('too-large', file, 1, `more than ${MAX_SCAN_RESULTS} checks`, at);
      const otherIds = [...(vulnNum && vulnNum !== ruleId ? [vulnNum] : []), ...stigData(vuln, 'CCI_REF')];
      const title = stigData(vuln, 'Rule_Title')[0];
      const detail = textOf(kid(vuln, 'FINDING_DETAILS'));
      results.push({ ruleId, otherIds, outcome, raw, at, ...(title ? { title } : {}), ...(detail ? { detail } : {}) });
    });
  });
  const asset = kid(root.el, 'ASSET');
  const host = textOf(kid(asset, 'HOST_NAME')) ?? textOf(kid(asset, 'HOST_FQDN'));
  return {
    format: 'ckl',
    scanner: 'DISA STIG Viewer checklist (CKL)',
    file,
    results,
    notSelected: 0,
    ...(host ? { host } : {}),
  };
}
