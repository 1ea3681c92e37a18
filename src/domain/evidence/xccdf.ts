/**
 * XCCDF 1.2 results (NIST IR 7275 Rev. 4, the TestResult element) as OpenSCAP writes them with
 * `--results`, and the TestResult inside an ARF 1.1 asset report collection (`--results-arf`).
 * Each `rule-result` gives a rule id, its result word and the idents (CCIs, STIG ids) the
 * content attaches to the rule.
 */
import { attr } from '../import/safeXml';
import { kid, kids, parseScanXml, rootOf, textOf, type XmlElement } from './scanXml';
import { MAX_SCAN_RESULTS, ScanParseError, type ScanOutcome, type ScanReport, type ScanResult } from './types';

/** XCCDF 1.2 §6.6.4.2 result values: pass and fixed mean the rule holds now. */
function outcomeOf(result: string): ScanOutcome | 'notselected' {
  if (result === 'pass' || result === 'fixed') return 'pass';
  if (result === 'fail') return 'fail';
  if (result === 'notselected') return 'notselected';
  return 'other';
}

function fact(tr: XmlElement, name: string): string | undefined {
  return textOf(kids(kid(tr, 'target-facts'), 'fact').find((f) => attr(f, 'name') === name));
}

interface TestResultFacts {
  results: ScanResult[];
  notSelected: number;
  host?: string;
  date?: string;
  scanner: string;
}

export function readTestResult(tr: XmlElement, file: string, path: string): TestResultFacts {
  const results: ScanResult[] = [];
  let notSelected = 0;
  kids(tr, 'rule-result').forEach((rr, i) => {
    const at = `${path}/rule-result[${i + 1}]`;
    const ruleId = attr(rr, 'idref');
    if (!ruleId)
      throw new ScanParseError('invalid', file, 1, 'a rule-result has no idref attribute (the rule it reports on)', at);
    const raw = textOf(kid(rr, 'result'));
    if (!raw) throw new ScanParseError('invalid', file, 1, `the rule-result for ${ruleId} has no result element`, at);
    const outcome = outcomeOf(raw);
    if (outcome === 'notselected') {
      notSelected++;
      return;
    }
    if (results.length >= MAX_SCAN_RESULTS)
      throw new ScanParseError('too-large', file, 1, `more than ${MAX_SCAN_RESULTS} rule results`, at);
    const otherIds = kids(rr, 'ident')
      .map((id) => textOf(id))
      .filter((id): id is string => id !== undefined);
    const message = textOf(kid(rr, 'message'));
    results.push({ ruleId, otherIds, outcome, raw, at, ...(message ? { detail: message } : {}) });
  });
  const name = fact(tr, 'urn:xccdf:fact:scanner:name');
  const version = fact(tr, 'urn:xccdf:fact:scanner:version');
  const scanner = name ? `${name}${version ? ` ${version}` : ''}` : (attr(tr, 'test-system') ?? 'XCCDF scanner');
  const host = textOf(kid(tr, 'target')) ?? fact(tr, 'urn:xccdf:fact:asset:identifier:host_name');
  const date = attr(tr, 'end-time') ?? attr(tr, 'start-time');
  return { results, notSelected, scanner, ...(host ? { host } : {}), ...(date ? { date } : {}) };
}

function report(format: 'xccdf' | 'arf', file: string, facts: TestResultFacts, fallbackHost?: string): ScanReport {
  const host = facts.host ?? fallbackHost;
  return {
    format,
    scanner: facts.scanner,
    file,
    results: facts.results,
    notSelected: facts.notSelected,
    ...(host ? { host } : {}),
    ...(facts.date ? { date: facts.date } : {}),
  };
}

/** XCCDF results: a Benchmark holding TestResults (the last one is the latest run), or a bare TestResult. */
export function parseXccdfResults(text: string, file: string): ScanReport {
  const root = rootOf(parseScanXml(text, file));
  if (root?.name === 'TestResult') return report('xccdf', file, readTestResult(root.el, file, '/TestResult'));
  if (root?.name !== 'Benchmark')
    throw new ScanParseError(
      'unsupported',
      file,
      1,
      `the root element is <${root?.name ?? 'none'}>, not an XCCDF Benchmark or TestResult`,
    );
  const runs = kids(root.el, 'TestResult');
  if (runs.length === 0)
    throw new ScanParseError(
      'invalid',
      file,
      1,
      'the Benchmark holds no TestResult: this is scan content, not results (run oscap with --results)',
      '/Benchmark',
    );
  return report('xccdf', file, readTestResult(runs[runs.length - 1]!, file, `/Benchmark/TestResult[${runs.length}]`));
}

/** ARF 1.1: the XCCDF TestResult among the reports, the host from the asset when the TestResult names none. */
export function parseArf(text: string, file: string): ScanReport {
  const root = rootOf(parseScanXml(text, file));
  if (root?.name !== 'asset-report-collection')
    throw new ScanParseError(
      'unsupported',
      file,
      1,
      `the root element is <${root?.name ?? 'none'}>, not an ARF asset-report-collection`,
    );
  const reports = kids(kid(root.el, 'reports'), 'report');
  const index = reports.findIndex((r) => kid(kid(r, 'content'), 'TestResult'));
  if (index < 0)
    throw new ScanParseError(
      'invalid',
      file,
      1,
      'no report in the collection holds an XCCDF TestResult',
      '/asset-report-collection/reports',
    );
  const tr = kid(kid(reports[index], 'content'), 'TestResult')!;
  const device = kid(kid(kid(root.el, 'assets'), 'asset'), 'computing-device');
  const assetHost = textOf(kid(device, 'hostname')) ?? textOf(kid(device, 'fqdn'));
  return report(
    'arf',
    file,
    readTestResult(tr, file, `/asset-report-collection/reports/report[${index + 1}]/content/TestResult`),
    assetHost,
  );
}
