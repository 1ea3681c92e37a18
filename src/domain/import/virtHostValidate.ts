/**
 * `LC_ALL=C virt-host-validate qemu` output: one line per check,
 * `  QEMU: Checking <what> : PASS|WARN|FAIL (<note>)`. The checks that state a fact of the
 * palette set it; every WARN or FAIL is kept as an observation on the host. The text is
 * localized, so anything else is refused with a hint to rerun it under LC_ALL=C.
 */
import { FIRMWARE_KEY, IOMMU_KEY } from './libvirtCapabilities';
import { HOST_KEY, HYPERVISOR_KEY, ImportBuilder } from './builder';
import { ConfigImportError, MAX_CONFIG_BYTES, type ImportResult } from './types';

const LINE = /^\s*([A-Z][A-Za-z]*):\s+Checking\s+(.+?)\s*:\s+(PASS|WARN|FAIL|NOTE)(?:\s+\((.*)\))?\s*$/;
/** Words seen in the localized output's status column; used only to explain a refusal. */
export const LOCALIZED_HINT = 'if the output is translated, run it again as `LC_ALL=C virt-host-validate qemu`';

export interface HostCheck {
  driver: string;
  check: string;
  status: 'PASS' | 'WARN' | 'FAIL' | 'NOTE';
  note: string | undefined;
  line: number;
}

export function tokenizeVirtHostValidate(input: string, file: string): HostCheck[] {
  if (input.length > MAX_CONFIG_BYTES)
    throw new ConfigImportError('too-large', file, 1, `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
  const checks: HostCheck[] = [];
  for (const [n, raw] of input
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const m = LINE.exec(line);
    if (!m)
      throw new ConfigImportError(
        'syntax',
        file,
        n + 1,
        `expected "QEMU: Checking … : PASS|WARN|FAIL" but found ${JSON.stringify(line.slice(0, 60))}; ${LOCALIZED_HINT}`,
      );
    checks.push({ driver: m[1]!, check: m[2]!, status: m[3] as HostCheck['status'], note: m[4], line: n + 1 });
  }
  if (checks.length === 0)
    throw new ConfigImportError('invalid', file, 1, 'no "Checking …" lines: this is not virt-host-validate output');
  return checks;
}

/** Checks whose result is a palette attribute, matched on libvirt's English check names. */
const MAPPED: { test: RegExp; key: string; type: string; name: string; attribute: string }[] = [
  // Looks for the vmx/svm CPU flag: WARN means the CPU lacks it or the firmware turned it off.
  {
    test: /^for hardware virtualization$/i,
    key: HOST_KEY,
    type: 'physical-host',
    name: 'Host',
    attribute: 'cpuVirtualizationExtensions',
  },
  // Looks for the ACPI DMAR/IVRS table, which the firmware publishes only with the IOMMU enabled.
  {
    test: /^for device assignment IOMMU support$/i,
    key: FIRMWARE_KEY,
    type: 'firmware',
    name: 'Firmware',
    attribute: 'iommuEnabled',
  },
  // Looks for populated /sys/kernel/iommu_groups: the kernel is remapping DMA.
  { test: /^if IOMMU is enabled by kernel$/i, key: IOMMU_KEY, type: 'iommu', name: 'IOMMU', attribute: 'dmaRemapping' },
];

export function parseVirtHostValidate(input: string, file: string): ImportResult {
  const checks = tokenizeVirtHostValidate(input, file);
  const b = new ImportBuilder(file);
  const first = `line ${checks[0]!.line}`;
  const host = b.component(HOST_KEY, 'physical-host', 'Host', first);
  for (const c of checks) {
    if (c.driver !== 'QEMU') continue;
    const at = `line ${c.line}`;
    const mapped = MAPPED.find((m) => m.test.test(c.check));
    if (mapped && (c.status === 'PASS' || c.status === 'WARN' || c.status === 'FAIL')) {
      b.set(b.component(mapped.key, mapped.type, mapped.name, at), mapped.attribute, c.status === 'PASS', at);
    }
    if (/^for secure guest support$/i.test(c.check)) {
      b.observe(
        host,
        c.status === 'PASS'
          ? 'secure (confidential) guests are supported'
          : `secure guest support: ${c.status}${c.note ? ` (${c.note})` : ''}`,
        at,
      );
    } else if (c.status !== 'PASS')
      b.observe(host, `virt-host-validate: checking ${c.check}: ${c.status}${c.note ? ` (${c.note})` : ''}`, at);
  }
  const kvm = checks.find((c) => c.driver === 'QEMU' && /^if device '?\/dev\/kvm'? exists$/i.test(c.check));
  if (kvm?.status === 'PASS') {
    const at = `line ${kvm.line}`;
    const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', at);
    b.set(hv, 'product', 'kvm', at);
    b.connect('runs-on', hv.key, host.key, at);
  }
  return b.result();
}
