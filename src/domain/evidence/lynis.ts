/**
 * Lynis report.dat (`/var/log/lynis-report.dat`): one `key=value` per line, repeated keys with
 * `[]`. `warning[]` and `suggestion[]` values are `TEST-ID|text|details|solution|`. Lynis 3
 * lists the tests it ran in `tests_executed` (pipe-separated) and writes no `test_passed[]`
 * (older versions did; read when present): a test that ran and raised nothing passed.
 */
import { MAX_SCAN_BYTES, MAX_SCAN_RESULTS, ScanParseError, type ScanReport, type ScanResult } from './types';

const TEST_ID = /^[A-Z][A-Z0-9]{1,9}(-[A-Z0-9]{2,8})?$/;
const LINE = /^([A-Za-z0-9_]{1,64})(\[\])?=(.*)$/;

export function looksLikeLynis(text: string): boolean {
  return /^# Lynis Report/.test(text) || /^lynis_version=/m.test(text.slice(0, 4096));
}

export function parseLynisReport(text: string, file: string): ScanReport {
  if (text.length > MAX_SCAN_BYTES)
    throw new ScanParseError('too-large', file, 1, `larger than ${MAX_SCAN_BYTES / 1024 / 1024} MB`);
  if (!looksLikeLynis(text))
    throw new ScanParseError(
      'unsupported',
      file,
      1,
      'not a Lynis report: no "# Lynis Report" header or lynis_version line',
    );
  const single = new Map<string, string>();
  const findings: ScanResult[] = [];
  const raised = new Set<string>();
  const passed: { id: string; at: string }[] = [];
  let executed: { ids: string[]; line: number } | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === '' || line.startsWith('#')) return;
    const m = LINE.exec(line);
    if (!m) throw new ScanParseError('syntax', file, n, `expected key=value, found "${line.slice(0, 60)}"`);
    const [, key, repeated, value] = m as unknown as [string, string, string | undefined, string];
    if (key === 'warning' || key === 'suggestion') {
      const [id = '', message, details] = value.split('|');
      if (!TEST_ID.test(id) && id !== 'LYNIS')
        throw new ScanParseError(
          'invalid',
          file,
          n,
          `${key}[] names the test "${id.slice(0, 40)}", not a Lynis test id such as KRNL-5820`,
        );
      if (findings.length >= MAX_SCAN_RESULTS)
        throw new ScanParseError('too-large', file, n, `more than ${MAX_SCAN_RESULTS} findings`);
      raised.add(id);
      const detail = [message, details && details !== '-' ? details : undefined].filter(Boolean).join(' — ');
      findings.push({
        ruleId: id,
        otherIds: [],
        outcome: key === 'warning' ? 'fail' : 'other',
        raw: key,
        at: `line ${n}`,
        ...(detail ? { detail } : {}),
      });
    } else if (key === 'test_passed' && repeated) {
      passed.push({ id: value.split('|')[0] ?? '', at: `line ${n}` });
    } else if (key === 'tests_executed') {
      executed = { ids: value.split('|').filter((id) => id !== ''), line: n };
    } else if (!repeated) {
      single.set(key, value);
    }
  });
  const results = [...findings];
  const seen = new Set(raised);
  const addPass = (id: string, at: string) => {
    if (seen.has(id) || !TEST_ID.test(id)) return;
    seen.add(id);
    if (results.length >= MAX_SCAN_RESULTS)
      throw new ScanParseError('too-large', file, 1, `more than ${MAX_SCAN_RESULTS} results`);
    results.push({ ruleId: id, otherIds: [], outcome: 'pass', raw: 'executed, nothing raised', at });
  };
  for (const p of passed) addPass(p.id, p.at);
  if (executed) for (const id of executed.ids) addPass(id, `line ${executed.line}`);
  const version = single.get('lynis_version');
  const host = single.get('hostname');
  const date = single.get('report_datetime_end') || single.get('report_datetime_start');
  return {
    format: 'lynis',
    scanner: `Lynis${version ? ` ${version}` : ''}`,
    file,
    results,
    notSelected: 0,
    ...(host ? { host } : {}),
    ...(date ? { date } : {}),
  };
}
