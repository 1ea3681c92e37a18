#!/usr/bin/env node
// Trims real OpenSCAP and Lynis reports into the small fixtures of src/domain/evidence/fixtures
// (see the README there for how the reports were made). Text-level cuts only: the kept elements
// and lines are byte-for-byte what the scanner wrote.
//
//   node scripts/trim-scan-fixtures.mjs xccdf IN OUT   # XCCDF 1.2 results (oscap --results)
//   node scripts/trim-scan-fixtures.mjs arf IN OUT     # ARF (oscap --results-arf)
//   node scripts/trim-scan-fixtures.mjs lynis IN OUT   # /var/log/lynis-report.dat
import { readFileSync, writeFileSync } from 'node:fs';

const [kind, input, output] = process.argv.slice(2);
if (!kind || !input || !output) {
  console.error('usage: trim-scan-fixtures.mjs xccdf|arf|lynis IN OUT');
  process.exit(2);
}
const text = readFileSync(input, 'utf8');

/** A TestResult without its set-values, MAC facts and all but two not-selected rule results. */
function trimTestResult(tr) {
  let notSelectedKept = 0;
  return tr
    .replace(/^\s*<set-value [^\n]*\n/gm, '')
    .replace(/^\s*<fact name="urn:xccdf:fact:(ethernet:MAC|asset:identifier:mac)"[^\n]*\n/gm, '')
    .replace(/^(\s*)<rule-result [^\n]*\n\s*<result>notselected<\/result>\n\s*<\/rule-result>\n/gm, (m) =>
      notSelectedKept++ < 2 ? m : '',
    );
}

function testResultOf(xml) {
  const start = xml.search(/<TestResult[\s>]/);
  const end = xml.indexOf('</TestResult>', start);
  if (start < 0 || end < 0) throw new Error('no TestResult in the input');
  return xml.slice(start, end + '</TestResult>'.length);
}

let out;
if (kind === 'xccdf') {
  const open = /^[\s\S]*?<Benchmark[^>]*>/.exec(text)?.[0];
  if (!open) throw new Error('no Benchmark element in the input');
  out = `${open}\n  ${trimTestResult(testResultOf(text))}\n</Benchmark>\n`;
} else if (kind === 'arf') {
  const head = text.slice(0, text.indexOf('<arf:report-requests>'));
  const assets = /<arf:assets>[\s\S]*?<\/arf:assets>/.exec(text)?.[0] ?? '';
  const xccdfReport = /<arf:report id="xccdf1">[\s\S]*?<\/arf:report>/.exec(text)?.[0];
  if (!xccdfReport) throw new Error('no xccdf1 report in the input');
  const report = xccdfReport.replace(/<TestResult[\s\S]*<\/TestResult>/, (tr) => trimTestResult(tr));
  out = `${head}<arf:report-requests/>\n  ${assets}\n  <arf:reports>\n    ${report}\n  </arf:reports>\n</arf:asset-report-collection>\n`;
} else if (kind === 'lynis') {
  const keep =
    /^(#|report_|auditor=|lynis_version=|os=|os_name=|os_fullname=|os_version=|hostname=|warning\[\]=|suggestion\[\]=|test_passed\[\]=|tests_executed=|tests_skipped=|hardening_index=)/;
  out = text
    .split('\n')
    .filter((line) => keep.test(line))
    .join('\n');
  out += '\n';
} else {
  throw new Error(`unknown kind ${kind}`);
}
writeFileSync(output, out);
console.log(`${output}: ${out.length} bytes (from ${text.length})`);
