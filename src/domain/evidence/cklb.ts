/**
 * DISA STIG Viewer 3 checklists (.cklb, JSON): `target_data` names the host, each
 * `stigs[].rules[]` carries `rule_id` / `rule_id_src`, `group_id` (the V- number), `ccis` and the
 * reviewer's `status`. Read with the app's untrusted-JSON reader (size, depth, prototype keys).
 */
import { describeImportError } from '../io/importErrors';
import { DEFAULT_JSON_LIMITS, parseUntrustedJson } from '../io/untrustedJson';
import {
  MAX_SCAN_BYTES,
  MAX_SCAN_RESULTS,
  ScanParseError,
  type ScanOutcome,
  type ScanReport,
  type ScanResult,
} from './types';

const STATUS: Record<string, ScanOutcome> = {
  not_a_finding: 'pass',
  open: 'fail',
  not_applicable: 'other',
  not_reviewed: 'other',
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Json, key: string): string | undefined =>
  typeof o[key] === 'string' && o[key] !== '' ? (o[key] as string) : undefined;

export function parseCklb(text: string, file: string): ScanReport {
  const json = parseUntrustedJson(text, { ...DEFAULT_JSON_LIMITS, maxBytes: MAX_SCAN_BYTES });
  if (!json.ok) {
    const line = json.error.kind === 'not-json' || json.error.kind === 'too-deep' ? (json.error.line ?? 1) : 1;
    throw new ScanParseError(
      json.error.kind === 'too-large' ? 'too-large' : 'syntax',
      file,
      line,
      describeImportError(json.error, 'The checklist'),
    );
  }
  const doc = json.value;
  if (!isObject(doc) || !Array.isArray(doc.stigs))
    throw new ScanParseError(
      'unsupported',
      file,
      1,
      'not a STIG Viewer 3 checklist: no "stigs" array at the top level',
      'stigs',
    );
  const results: ScanResult[] = [];
  doc.stigs.forEach((stig, s) => {
    if (!isObject(stig) || !Array.isArray(stig.rules))
      throw new ScanParseError('invalid', file, 1, 'a STIG entry has no "rules" array', `stigs[${s}].rules`);
    stig.rules.forEach((rule, r) => {
      const at = `stigs[${s}].rules[${r}]`;
      if (!isObject(rule)) throw new ScanParseError('invalid', file, 1, 'a rule is not an object', at);
      const groupId = str(rule, 'group_id');
      const ruleId = str(rule, 'rule_id_src') ?? str(rule, 'rule_id') ?? groupId;
      if (!ruleId) throw new ScanParseError('invalid', file, 1, 'a rule has no rule_id and no group_id', at);
      const raw = str(rule, 'status');
      const outcome = raw ? STATUS[raw] : undefined;
      if (!raw || !outcome)
        throw new ScanParseError(
          'invalid',
          file,
          1,
          `${ruleId} has the status ${raw ? `"${raw}"` : 'missing'}; expected not_a_finding, open, not_applicable or not_reviewed`,
          `${at}.status`,
        );
      if (results.length >= MAX_SCAN_RESULTS)
        throw new ScanParseError('too-large', file, 1, `more than ${MAX_SCAN_RESULTS} rules`, at);
      const shortRule = str(rule, 'rule_id');
      const ccis = Array.isArray(rule.ccis) ? rule.ccis.filter((c): c is string => typeof c === 'string') : [];
      const otherIds = [
        ...new Set([shortRule, groupId, ...ccis].filter((id): id is string => id !== undefined && id !== ruleId)),
      ];
      const title = str(rule, 'rule_title');
      const detail = str(rule, 'finding_details');
      results.push({ ruleId, otherIds, outcome, raw, at, ...(title ? { title } : {}), ...(detail ? { detail } : {}) });
    });
  });
  const target = isObject(doc.target_data) ? doc.target_data : {};
  const host = str(target, 'host_name') ?? str(target, 'fqdn');
  return {
    format: 'cklb',
    scanner: 'DISA STIG Viewer checklist (CKLB)',
    file,
    results,
    notSelected: 0,
    ...(host ? { host } : {}),
  };
}
