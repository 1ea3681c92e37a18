/**
 * Every fact counts (issue 14): hand-built platforms, expectations written from SP 800-125A
 * Rev. 1 (sections cited), not from engine output.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { buildDocument, entry, type ComponentSpec, type ConnectionSpec } from '../../test/fixtures/documentBuilder';
import type { WorkbenchDocument } from '../model/schema';
import { assess } from './assess';
import { isGap } from '../checklist/coverage';

const catalog = loadBundledCatalog();
const CATALOG = { id: catalog.id, version: catalog.version };

function platform(components: ComponentSpec[], connections: ConnectionSpec[] = []): WorkbenchDocument {
  return buildDocument(components, connections, {}, CATALOG);
}

/** A copy of `doc` with `attributes` on component `id` (documents are immutable: the engine memoises on identity). */
function withAttributes(
  doc: WorkbenchDocument,
  id: string,
  attributes: WorkbenchDocument['components'][string]['attributes'],
): WorkbenchDocument {
  return { ...doc, components: { ...doc.components, [id]: { ...doc.components[id]!, attributes } } };
}

function withEntry(doc: WorkbenchDocument, e: ReturnType<typeof entry>): WorkbenchDocument {
  return { ...doc, assessment: { ...doc.assessment, [e.recommendationId]: e } };
}

function item(doc: WorkbenchDocument, id: string, asOf?: string) {
  return assess(doc, catalog, { asOf: asOf ?? null }).checklist.find((i) => i.recommendationId === id)!;
}

/** One host, one hypervisor, one guest: nothing else drawn, nothing else said. */
const minimal = () =>
  platform([
    { id: 'host', type: 'physical-host', name: 'host-1' },
    { id: 'kvm', type: 'hypervisor-kernel', name: 'kvm', parentId: 'host' },
    { id: 'vm', type: 'guest-vm', name: 'guest-1', parentId: 'host' },
  ]);

/** A hosted lab: a workstation, its OS, a type 2 hypervisor, guests with emulated devices. */
const hostedLab = () =>
  platform(
    [
      { id: 'ws', type: 'physical-host', name: 'workstation' },
      { id: 'os', type: 'host-os', name: 'Windows 11', parentId: 'ws', attributes: { os: 'windows' } },
      {
        id: 'vbox',
        type: 'hypervisor-kernel',
        name: 'VirtualBox',
        parentId: 'ws',
        attributes: { hypervisorType: 'type2' },
      },
      {
        id: 'emu',
        type: 'device-emulator',
        name: 'VirtualBox devices',
        parentId: 'ws',
        attributes: { deviceClass: 'nic' },
      },
      { id: 'g1', type: 'guest-vm', name: 'kali', parentId: 'ws' },
      { id: 'g2', type: 'guest-vm', name: 'win10', parentId: 'ws' },
    ],
    [
      { id: 'e1', type: 'device-assignment', source: 'emu', target: 'g1', attributes: { mode: 'emulated' } },
      { id: 'e2', type: 'device-assignment', source: 'emu', target: 'g2', attributes: { mode: 'emulated' } },
    ],
  );

describe('no silent not-applicable', () => {
  it.each([
    ['minimal model', minimal, 'kvm'],
    ['hosted lab', hostedLab, 'vbox'],
  ])(
    'HY-SR-20 applies to the %s: every hypervisor is administered through some interface (sec. 7.2)',
    (_name, build, kernel) => {
      const sr20 = item(build(), 'HY-SR-20');
      expect(sr20.applicability).toBe('applicable');
      expect(sr20.components).toEqual([kernel]);
    },
  );

  it('HY-SR-18 needs input until the model says whether VM administration is delegated (sec. 6.5)', () => {
    let doc = minimal();
    const sr18 = item(doc, 'HY-SR-18');
    expect(sr18.applicability).toBe('needs-input');
    // Delegation decides it; a VM with a sensitive workload would too (the "deny one VM" case).
    expect(sr18.reasons.flatMap((r) => r.missing ?? [])).toEqual([
      { componentId: 'kvm', attribute: 'delegatedAdministration' },
      { componentId: 'vm', attribute: 'sensitiveWorkload' },
    ]);
    doc = withAttributes(doc, 'kvm', { delegatedAdministration: true });
    expect(item(doc, 'HY-SR-18').applicability).toBe('applicable');
    doc = withAttributes(withAttributes(doc, 'kvm', { delegatedAdministration: false }), 'vm', {
      sensitiveWorkload: false,
    });
    const stated = item(doc, 'HY-SR-18');
    expect(stated.applicability).toBe('not-applicable');
    expect(stated.reasons.map((r) => r.text)).toEqual([
      "HY-SR-18 is not applicable to kvm: the model states kvm's VM administration delegated is no",
      "HY-SR-18 is not applicable to guest-1: the model states guest-1's Sensitive workload is no",
    ]);
  });

  it('an item is not applicable only when a stated fact says so; otherwise it asks', () => {
    for (const doc of [minimal(), hostedLab()]) {
      for (const i of assess(doc, catalog).checklist) {
        if (i.applicability === 'not-applicable') {
          for (const r of i.reasons)
            expect(r.text, i.recommendationId).toMatch(/not applicable to .*: the model states /);
        }
        if (i.applicability === 'needs-input')
          expect(
            i.reasons.some((r) => (r.missing ?? []).length > 0 || r.question),
            i.recommendationId,
          ).toBe(true);
      }
    }
    // Nothing is said about passthrough in the minimal model: HY-SR-6C asks instead of excusing.
    const sr6c = item(minimal(), 'HY-SR-6C');
    expect(sr6c.applicability).toBe('needs-input');
    expect(sr6c.reasons.some((r) => r.question?.includes('No Passthrough device is drawn'))).toBe(true);
  });
});

describe('facts the palette offers reach the verdict', () => {
  it('a host without VT-x or EPT contradicts HY-SR-2 (sec. 4.1), and the item says which fact', () => {
    let doc = minimal();
    doc = withAttributes(doc, 'host', { cpuVirtualizationExtensions: false, hardwareMmuVirtualization: false });
    const sr2 = item(doc, 'HY-SR-2');
    expect(sr2.applicability).toBe('applicable');
    expect(sr2.modelEvidence).toBe('contradicts');
    const texts = sr2.evidence.map((e) => e.text);
    expect(texts).toContain(
      'The model contradicts this: host-1, CPU virtualization extensions (VT-x/AMD-V) = no (SP 800-125A Rev. 1 sec. 4.1)',
    );
    expect(texts).toContain(
      'The model contradicts this: host-1, Hardware MMU virtualization (EPT/NPT) = no (SP 800-125A Rev. 1 sec. 4.1)',
    );
    expect(sr2.reasons.map((r) => r.text).join(' ')).not.toMatch(/IOMMU/);
  });

  it('a contradicted item is a gap whatever its status, unless risk-accepted', () => {
    let doc = minimal();
    doc = withAttributes(doc, 'host', { cpuVirtualizationExtensions: false });
    doc = withEntry(doc, entry('HY-SR-2', 'platform', 'implemented'));
    expect(isGap(item(doc, 'HY-SR-2'))).toBe(true);
    const summary = assess(doc, catalog).summary;
    expect(summary.contradicted).toBe(1);
    doc = withEntry(
      doc,
      entry('HY-SR-2', 'platform', 'risk-accepted', {
        approver: 'CISO',
        approvedAt: '2026-01-01',
        expiresAt: '2027-01-01',
      }),
    );
    expect(isGap(item(doc, 'HY-SR-2', '2026-06-01'))).toBe(false);
  });

  it('a host with VT-x and EPT only suggests HY-SR-2 is met: never implemented by itself', () => {
    let doc = minimal();
    doc = withAttributes(doc, 'host', { cpuVirtualizationExtensions: true, hardwareMmuVirtualization: true });
    const sr2 = item(doc, 'HY-SR-2');
    expect(sr2.modelEvidence).toBe('supports');
    expect(sr2.status).toBe('not-reviewed');
    expect(isGap(sr2)).toBe(true);
    expect(sr2.evidence[0]!.text).toMatch(/^The model suggests this is met \(confirm\): /);
  });

  it('a para-virtual back end in the hypervisor kernel contradicts HY-SR-6B, which wants it in a driver VM (sec. 5)', () => {
    let doc = platform([
      { id: 'host', type: 'physical-host', name: 'host-1' },
      { id: 'kvm', type: 'hypervisor-kernel', name: 'kvm', parentId: 'host' },
      {
        id: 'vhost',
        type: 'paravirtual-backend',
        name: 'vhost-net',
        parentId: 'host',
        attributes: { location: 'hypervisor-kernel' },
      },
    ]);
    const sr6b = item(doc, 'HY-SR-6B');
    expect(sr6b.applicability).toBe('applicable');
    expect(sr6b.modelEvidence).toBe('contradicts');
    expect(sr6b.evidence.map((e) => e.text)).toEqual([
      'The model contradicts this: vhost-net, Runs in = Hypervisor kernel (SP 800-125A Rev. 1 sec. 5)',
    ]);
    doc = withAttributes(doc, 'vhost', { location: 'device-driver-vm' });
    expect(item(doc, 'HY-SR-6B').modelEvidence).toBe('supports');
  });

  it("a virtual NIC's adapter model and a management VM's duties bring HY-SR-6A / 6B / 6C (sec. 5)", () => {
    let doc = platform([
      { id: 'host', type: 'physical-host', name: 'host-1' },
      { id: 'nic', type: 'virtual-nic', name: 'e1000', parentId: 'host', attributes: { model: 'emulated' } },
      {
        id: 'dom0',
        type: 'management-vm',
        name: 'dom0',
        parentId: 'host',
        attributes: { hostsDeviceEmulation: false, hostsBackendDrivers: true },
      },
    ]);
    expect(item(doc, 'HY-SR-6A').components).toEqual(['nic']);
    expect(item(doc, 'HY-SR-6B').components).toEqual(['dom0']);
    doc = withAttributes(doc, 'nic', { model: 'sriov-vf' });
    expect(item(doc, 'HY-SR-6C').components).toEqual(['nic']);
  });

  it('an emulator running in the kernel, unconfined, contradicts HY-SR-6A', () => {
    let lab = hostedLab();
    lab = withAttributes(lab, 'emu', { location: 'hypervisor-kernel', confined: false });
    const sr6a = item(lab, 'HY-SR-6A');
    expect(sr6a.modelEvidence).toBe('contradicts');
    expect(sr6a.evidence.map((e) => e.verdictId)).toEqual(['V-EMULATOR-IN-KERNEL', 'V-EMULATOR-UNCONFINED']);
  });

  it('an unencrypted migration network contradicts HY-SR-13 (sec. 6.2)', () => {
    const doc = platform([
      { id: 'host', type: 'physical-host', name: 'host-1', attributes: { liveMigration: true } },
      { id: 'mig', type: 'migration-network', name: 'vMotion', attributes: { encrypted: false, dedicated: true } },
    ]);
    const sr13 = item(doc, 'HY-SR-13');
    expect(sr13.modelEvidence).toBe('contradicts');
    expect(sr13.evidence.map((e) => e.text)).toEqual([
      'The model contradicts this: vMotion, Migration traffic encrypted = no (SP 800-125A Rev. 1 sec. 6.2)',
    ]);
  });
});

describe('every reason is complete and in a stable order', () => {
  it('HY-SR-6B names every para-virtual link, by component then peer', () => {
    const guests = ['vm-c', 'vm-a', 'vm-b'];
    const doc = platform(
      [
        { id: 'host', type: 'physical-host', name: 'host-1' },
        { id: 'be1', type: 'paravirtual-backend', name: 'virtio-net', parentId: 'host' },
        { id: 'be2', type: 'paravirtual-backend', name: 'virtio-blk', parentId: 'host' },
        ...guests.map((id) => ({ id, type: 'guest-vm', name: id, parentId: 'host' })),
      ],
      guests.flatMap((g, i) => [
        { id: `n${i}`, type: 'device-assignment', source: 'be1', target: g, attributes: { mode: 'para-virtual' } },
        { id: `b${i}`, type: 'device-assignment', source: 'be2', target: g, attributes: { mode: 'para-virtual' } },
      ]),
    );
    const sr6b = item(doc, 'HY-SR-6B');
    const linkLines = sr6b.reasons.filter((r) => r.ruleId === 'R-PARAVIRT-ASSIGNMENT');
    expect(linkLines.map((r) => r.componentId)).toEqual(['vm-a', 'vm-b', 'vm-c']);
    // Six links: each guest's reason names both of its back ends, in id order.
    for (const r of linkLines) {
      expect(r.text.indexOf('virtio-net')).toBeGreaterThan(-1);
      expect(r.text.indexOf('virtio-blk')).toBeGreaterThan(-1);
      expect(r.text.indexOf('virtio-net')).toBeLessThan(r.text.indexOf('virtio-blk'));
    }
  });
});

describe('trust boundaries', () => {
  const managed = (zone: string | null) =>
    platform(
      [
        { id: 'dc', type: 'trust-boundary', name: 'Data centre', attributes: { zone: 'datacenter' } },
        { id: 'dmz', type: 'trust-boundary', name: 'Web zone', attributes: { zone } },
        { id: 'host', type: 'physical-host', name: 'host-1', parentId: 'dc' },
        { id: 'kvm', type: 'hypervisor-kernel', name: 'kvm', parentId: 'host' },
        { id: 'console', type: 'management-console', name: 'web console', parentId: 'dmz' },
      ],
      [{ id: 'm', type: 'manages', source: 'console', target: 'host', attributes: { protocol: 'tls' } }],
    );

  it('a management connection crossing into a DMZ contradicts HY-SR-20, and so does a console placed there', () => {
    const sr20 = item(managed('dmz'), 'HY-SR-20');
    expect(sr20.modelEvidence).toBe('contradicts');
    expect(sr20.evidence.map((e) => e.verdictId).sort()).toEqual([
      'V-CONSOLE-IN-UNTRUSTED-ZONE',
      'V-MANAGEMENT-CROSSES-UNTRUSTED',
    ]);
    expect(sr20.evidence.every((e) => e.text.includes('inferred from SP 800-125A Rev. 1 sec. 7.2'))).toBe(true);
  });

  it('says nothing while the zone is unknown, and nothing for a trusted zone', () => {
    expect(item(managed(null), 'HY-SR-20').modelEvidence).toBe('none');
    expect(item(managed('cluster'), 'HY-SR-20').modelEvidence).toBe('none');
  });

  it('the boundary now counts for a component inside it (no "no rule maps this component")', () => {
    const doc = managed('dmz');
    const findings = assess(doc, catalog).checklist.flatMap((i) => i.evidence.map((e) => e.componentId));
    expect(findings).toContain('console');
  });
});

describe('the clock: risk acceptances expire', () => {
  const accepted = () => {
    let doc = minimal();
    doc = withEntry(
      doc,
      entry('HY-SR-20', 'platform', 'risk-accepted', {
        approver: 'CISO',
        approvedAt: '2025-01-01',
        expiresAt: '2026-06-30',
      }),
    );
    return doc;
  };

  it('an acceptance past its expiry date is a gap again and is listed as such', () => {
    const doc = accepted();
    const before = item(doc, 'HY-SR-20', '2026-06-30');
    expect(before.expiredAcceptances).toEqual([]);
    expect(isGap(before)).toBe(false);
    const after = item(doc, 'HY-SR-20', '2026-07-01');
    expect(after.expiredAcceptances).toEqual(['platform']);
    expect(isGap(after)).toBe(true);
    expect(assess(doc, catalog, { asOf: '2026-07-01' }).summary.expiredAcceptances).toBe(1);
  });

  it('without an assessment date nothing expires, and each date is its own result', () => {
    const doc = accepted();
    expect(item(doc, 'HY-SR-20').expiredAcceptances).toEqual([]);
    expect(assess(doc, catalog, { asOf: '2026-07-01' })).not.toBe(assess(doc, catalog, { asOf: '2026-06-01' }));
    expect(assess(doc, catalog, { asOf: '2026-07-01' })).toBe(assess(doc, catalog, { asOf: '2026-07-01' }));
  });
});
