/**
 * ESXi advanced settings, as `esxcli --formatter=json system settings advanced list` (records
 * with Path "/Mem/ShareForceSalting" and Int Value / String Value) or as PowerCLI
 * `Get-AdvancedSetting | Export-Csv` (columns Name, Value, Entity, optionally after a `#TYPE`
 * line). The settings that hardening guides check become observations on the hypervisor;
 * settings the file does not list stay unknown.
 */
import { HOST_KEY, HYPERVISOR_KEY, ImportBuilder } from './builder';
import { parseCsv } from './csv';
import { parseJsonRecords } from './jsonSource';
import { ConfigImportError, type ImportResult } from './types';

export interface AdvancedSetting {
  name: string;
  value: string;
  at: string;
  entity?: string;
}

/** What a value of a checked setting means (VMware's descriptions, paraphrased). */
const MEANING: Record<string, (v: string) => string | undefined> = {
  'Mem.ShareForceSalting': (v) =>
    v === '0'
      ? 'transparent page sharing between VMs is allowed (Mem.ShareForceSalting 0)'
      : v === '1' || v === '2'
        ? `transparent page sharing is limited to VMs with the same salt (Mem.ShareForceSalting ${v})`
        : undefined,
  'Net.BlockGuestBPDU': (v) =>
    v === '1'
      ? 'BPDU frames from guests are blocked'
      : v === '0'
        ? 'BPDU frames from guests are not blocked (Net.BlockGuestBPDU 0)'
        : undefined,
  'Net.DVFilterBindIpAddress': (v) =>
    v === '' ? 'the dvfilter network API is not bound' : `the dvfilter network API listens on ${v}`,
  'Config.HostAgent.plugins.solo.enableMob': (v) =>
    /^true$/i.test(v)
      ? 'the Managed Object Browser is enabled'
      : /^false$/i.test(v)
        ? 'the Managed Object Browser is disabled'
        : undefined,
  'UserVars.ESXiShellTimeOut': (v) =>
    v === '0'
      ? 'the ESXi Shell stays available with no timeout'
      : /^\d+$/.test(v)
        ? `the ESXi Shell is disabled again after ${v} s`
        : undefined,
  'UserVars.ESXiShellInteractiveTimeOut': (v) =>
    v === '0'
      ? 'idle ESXi Shell sessions never time out'
      : /^\d+$/.test(v)
        ? `idle ESXi Shell sessions end after ${v} s`
        : undefined,
  'UserVars.DcuiTimeOut': (v) =>
    /^\d+$/.test(v) ? `idle DCUI sessions end after ${v} s${v === '0' ? ' (never)' : ''}` : undefined,
  'Security.AccountLockFailures': (v) =>
    v === '0'
      ? 'accounts are never locked after failed logins'
      : /^\d+$/.test(v)
        ? `accounts lock after ${v} failed logins`
        : undefined,
  'Security.PasswordQualityControl': (v) => `password policy: ${v}`,
  'Syslog.global.logHost': (v) => (v === '' ? 'no remote syslog host: logs stay on the host' : `logs are sent to ${v}`),
  'DCUI.Access': (v) => `DCUI access in lockdown mode: ${v || 'no users'}`,
  'VMkernel.Boot.execInstalledOnly': (v) =>
    /^true$/i.test(v)
      ? 'only installed VIBs may run'
      : /^false$/i.test(v)
        ? 'binaries not installed from VIBs may run'
        : undefined,
  'UserVars.SuppressShellWarning': (v) =>
    v === '1' ? 'the warning that the shell is enabled is suppressed' : undefined,
  'Mem.MemEagerZero': (v) => (v === '1' ? 'guest memory is zeroed when a VM is powered on' : undefined),
};

function settingsFromJson(input: string, file: string): AdvancedSetting[] {
  return parseJsonRecords(input, file).map((rec) => {
    const r = rec.value;
    const path = r.Path;
    if (typeof path !== 'string' || !path.startsWith('/'))
      throw new ConfigImportError(
        'invalid',
        file,
        rec.line,
        `record ${rec.index + 1} has no Path like "/Mem/ShareForceSalting"`,
      );
    const type = r.Type;
    // esxcli names fields after its table columns; accept them with or without the spaces.
    const pick = (a: string) => r[a] ?? r[a.replace(/ /g, '')];
    const raw = type === 'string' ? pick('String Value') : (pick('Int Value') ?? pick('String Value'));
    const valueKey =
      rec.keyLines.has('IntValue') && type !== 'string'
        ? 'IntValue'
        : rec.keyLines.has('Int Value') && type !== 'string'
          ? 'Int Value'
          : rec.keyLines.has('StringValue')
            ? 'StringValue'
            : 'Path';
    return {
      name: path.slice(1).replace(/\//g, '.'),
      value: raw === undefined || raw === null ? '' : String(raw),
      at: `line ${rec.keyLines.get(valueKey) ?? rec.line}, ${path}`,
    };
  });
}

function settingsFromCsv(input: string, file: string): AdvancedSetting[] {
  const rows = parseCsv(input, file).filter((r) => !(r.fields.length === 1 && r.fields[0]!.startsWith('#TYPE')));
  const header = rows[0];
  if (!header) throw new ConfigImportError('invalid', file, 1, 'no header row');
  const col = (name: string) => header.fields.findIndex((f) => f.trim().toLowerCase() === name.toLowerCase());
  const [name, value, entity] = [col('Name'), col('Value'), col('Entity')];
  if (name < 0 || value < 0)
    throw new ConfigImportError(
      'invalid',
      file,
      header.line,
      'expected Get-AdvancedSetting columns "Name" and "Value"',
    );
  return rows.slice(1).map((row) => {
    if (row.fields.length !== header.fields.length)
      throw new ConfigImportError(
        'syntax',
        file,
        row.line,
        `row has ${row.fields.length} fields, the header has ${header.fields.length}`,
      );
    const setting: AdvancedSetting = {
      name: row.fields[name]!,
      value: row.fields[value]!,
      at: `line ${row.line}, ${row.fields[name]}`,
    };
    if (entity >= 0 && row.fields[entity]) setting.entity = row.fields[entity];
    return setting;
  });
}

export function parseEsxiAdvanced(input: string, file: string, form: 'json' | 'csv'): ImportResult {
  const settings = form === 'json' ? settingsFromJson(input, file) : settingsFromCsv(input, file);
  const b = new ImportBuilder(file);
  const first = settings[0]?.at ?? 'line 1';
  const host = b.component(HOST_KEY, 'physical-host', 'Host', first);
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', first);
  // Advanced settings in this form exist only on ESXi.
  b.set(hv, 'product', 'esxi', first);
  b.connect('runs-on', hv.key, host.key, first);
  const entities = new Set(settings.map((s) => s.entity).filter(Boolean));
  if (entities.size > 1)
    throw new ConfigImportError(
      'invalid',
      file,
      1,
      `settings of ${entities.size} hosts (${[...entities].slice(0, 3).join(', ')}); export one host per file`,
    );
  if (entities.size === 1) b.observe(host, `ESXi host ${[...entities][0]}`, first);
  for (const s of settings) {
    if (!Object.hasOwn(MEANING, s.name)) continue;
    const text = MEANING[s.name]!(s.value);
    if (!text) continue;
    if (s.name === 'Config.HostAgent.plugins.solo.enableMob') {
      const agent = b.component('agent:hostd', 'management-agent', 'hostd', s.at);
      b.set(agent, 'agent', 'hostd', s.at);
      b.observe(agent, text, s.at);
    } else b.observe(hv, text, s.at);
  }
  return b.result();
}
