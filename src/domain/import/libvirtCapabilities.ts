/**
 * libvirt host capabilities (`virsh capabilities`, libvirt.org/formatcaps.html) and domain
 * capabilities (`virsh domcapabilities`, libvirt.org/formatdomaincaps.html) mapped onto the
 * physical host, its IOMMU and firmware and the hypervisor. Only stated facts are set:
 * libvirt lists a host CPU's features beyond its named model, so a missing flag proves
 * nothing and never sets an attribute to "no".
 */
import { attr, child, children, parseXml, text } from './safeXml';
import { HOST_KEY, HYPERVISOR_KEY, ImportBuilder } from './builder';
import { ConfigImportError, type ImportResult } from './types';

/** Intel VT-x and AMD-V. */
const CPU_VIRT = new Set(['vmx', 'svm']);
/** Intel EPT (libvirt's `vmx-ept` VMX feature) and AMD nested page tables. */
const HW_MMU = new Set(['vmx-ept', 'ept', 'npt']);
const KIB_PER_GIB = 1024 * 1024;

export const IOMMU_KEY = 'iommu';
export const FIRMWARE_KEY = 'firmware';

export function parseLibvirtCapabilities(xml: string, file: string): ImportResult {
  const root = child(parseXml(xml, file), 'capabilities');
  if (!root)
    throw new ConfigImportError(
      'unsupported',
      file,
      1,
      'not libvirt host capabilities: the root element is not <capabilities>',
    );
  const hostEl = child(root, 'host');
  if (!hostEl) throw new ConfigImportError('invalid', file, 1, 'the <capabilities> has no <host>');
  const b = new ImportBuilder(file);
  const host = b.component(HOST_KEY, 'physical-host', 'Host', '/capabilities/host');
  const cpu = child(hostEl, 'cpu');
  for (const [i, f] of children(cpu, 'feature').entries()) {
    const name = attr(f, 'name');
    const at = `/capabilities/host/cpu/feature[${i + 1}]/@name`;
    if (name && CPU_VIRT.has(name)) b.set(host, 'cpuVirtualizationExtensions', true, at);
    if (name && HW_MMU.has(name)) b.set(host, 'hardwareMmuVirtualization', true, at);
  }
  const topo = child(cpu, 'topology');
  const counts = ['sockets', 'dies', 'cores'].map((k) => attr(topo, k));
  // sockets x dies x cores; `dies` only exists in newer libvirt and is 1 when absent there.
  if (counts[0] && counts[2] && counts.every((c) => c === undefined || /^\d+$/.test(c))) {
    b.set(
      host,
      'physicalCores',
      Number(counts[0]) * Number(counts[1] ?? 1) * Number(counts[2]),
      '/capabilities/host/cpu/topology',
    );
  }
  const cells = children(child(child(hostEl, 'topology'), 'cells'), 'cell');
  const mems = cells.map((c) => child(c, 'memory'));
  if (mems.length > 0 && mems.every((m) => /^\d+$/.test(text(m) ?? '') && (attr(m, 'unit') ?? 'KiB') === 'KiB')) {
    const total = mems.reduce((sum, m) => sum + Number(text(m)), 0);
    b.set(
      host,
      'memoryGiB',
      Math.round((total / KIB_PER_GIB) * 100) / 100,
      '/capabilities/host/topology/cells/cell[1]/memory',
    );
  }
  const iommuSupport = attr(child(hostEl, 'iommu'), 'support');
  if (iommuSupport === 'yes' || iommuSupport === 'no') {
    // libvirt reports support='yes' when the kernel has populated IOMMU groups: DMA remapping is on.
    const iommu = b.component(IOMMU_KEY, 'iommu', 'IOMMU', '/capabilities/host/iommu');
    b.set(iommu, 'dmaRemapping', iommuSupport === 'yes', '/capabilities/host/iommu/@support');
    if (iommuSupport === 'yes') {
      // The kernel can only use an IOMMU that the firmware enabled and described (DMAR/IVRS).
      b.set(
        b.component(FIRMWARE_KEY, 'firmware', 'Firmware', '/capabilities/host/iommu'),
        'iommuEnabled',
        true,
        '/capabilities/host/iommu/@support',
      );
    }
  }
  if (child(child(hostEl, 'migration_features'), 'live'))
    b.observe(host, 'the hypervisor supports live migration', '/capabilities/host/migration_features/live');
  for (const [i, sm] of children(hostEl, 'secmodel').entries()) {
    const model = text(child(sm, 'model'));
    if (model && model !== 'none')
      b.observe(
        host,
        `libvirt security driver ${model} is available for guest confinement`,
        `/capabilities/host/secmodel[${i + 1}]/model`,
      );
  }
  const domainTypes = new Map<string, string>();
  for (const [g, guest] of children(root, 'guest').entries()) {
    for (const [a, arch] of children(guest, 'arch').entries()) {
      for (const [d, dom] of children(arch, 'domain').entries()) {
        const type = attr(dom, 'type');
        if (type && !domainTypes.has(type))
          domainTypes.set(type, `/capabilities/guest[${g + 1}]/arch[${a + 1}]/domain[${d + 1}]/@type`);
      }
    }
  }
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', '/capabilities');
  b.connect('runs-on', hv.key, host.key, '/capabilities/host');
  // KVM (hardware-accelerated) or Xen guests say which hypervisor runs them; bare 'qemu' is TCG emulation.
  if (domainTypes.has('kvm')) b.set(hv, 'product', 'kvm', domainTypes.get('kvm')!);
  else if (domainTypes.has('xen')) b.set(hv, 'product', 'xen', domainTypes.get('xen')!);
  return b.result();
}

/** SEV, SEV-SNP, TDX and s390 protected virtualisation, as named in formatdomaincaps. */
const CONFIDENTIAL = [
  ['sev', 'AMD SEV'],
  ['sev-snp', 'AMD SEV-SNP'],
  ['tdx', 'Intel TDX'],
  ['s390-pv', 's390 protected virtualization'],
  ['sgx', 'Intel SGX enclaves'],
] as const;

export function parseLibvirtDomainCapabilities(xml: string, file: string): ImportResult {
  const root = child(parseXml(xml, file), 'domainCapabilities');
  if (!root)
    throw new ConfigImportError(
      'unsupported',
      file,
      1,
      'not libvirt domain capabilities: the root element is not <domainCapabilities>',
    );
  const b = new ImportBuilder(file);
  const host = b.component(HOST_KEY, 'physical-host', 'Host', '/domainCapabilities');
  const hv = b.component(HYPERVISOR_KEY, 'hypervisor-kernel', 'Hypervisor', '/domainCapabilities');
  b.connect('runs-on', hv.key, host.key, '/domainCapabilities');
  const type = text(child(root, 'domain'));
  if (type === 'kvm' || type === 'xen') b.set(hv, 'product', type, '/domainCapabilities/domain');
  const features = child(root, 'features');
  for (const [name, label] of CONFIDENTIAL) {
    const el = child(features, name);
    const supported = attr(el, 'supported');
    const at = `/domainCapabilities/features/${name}/@supported`;
    if (supported === 'yes') b.observe(host, `${label} confidential guests are supported`, at);
    else if (supported === 'no') b.observe(host, `${label} confidential guests are not supported`, at);
  }
  // host-passthrough exposes the host CPU; its VMX/SVM features in host-model show hardware virtualisation.
  const modes = children(child(root, 'cpu'), 'mode');
  const hostModel = modes.findIndex((m) => attr(m, 'name') === 'host-model' && attr(m, 'supported') === 'yes');
  if (hostModel >= 0) {
    for (const [i, f] of children(modes[hostModel], 'feature').entries()) {
      const name = attr(f, 'name');
      if (attr(f, 'policy') === 'disable') continue;
      const at = `/domainCapabilities/cpu/mode[${hostModel + 1}]/feature[${i + 1}]/@name`;
      if (name && CPU_VIRT.has(name)) b.set(host, 'cpuVirtualizationExtensions', true, at);
      if (name && HW_MMU.has(name)) b.set(host, 'hardwareMmuVirtualization', true, at);
    }
  }
  const hostdev = child(child(root, 'devices'), 'hostdev');
  if (attr(hostdev, 'supported') === 'yes') {
    const backends = children(hostdev, 'enum').find((e) => attr(e, 'name') === 'pciBackend');
    const values = children(backends, 'value')
      .map((v) => text(v))
      .filter(Boolean);
    if (values.length)
      b.observe(
        host,
        `PCI device assignment back ends: ${values.join(', ')}`,
        '/domainCapabilities/devices/hostdev/enum[@name="pciBackend"]',
      );
  }
  const loader = child(child(root, 'os'), 'loader');
  const secure = children(loader, 'enum').find((e) => attr(e, 'name') === 'secure');
  if (children(secure, 'value').some((v) => text(v) === 'yes'))
    b.observe(
      host,
      'UEFI secure boot firmware is available for guests',
      '/domainCapabilities/os/loader/enum[@name="secure"]',
    );
  return b.result();
}
