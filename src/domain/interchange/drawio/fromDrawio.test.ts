import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { describeImportError } from '../../io/importErrors';
import { readDocument } from '../../io/readDocument';
import { bundledTypeMap } from '../bundledTypeMap';
import { detectInterchangeFormat } from '../detectInterchangeFormat';
import { importDrawio } from './fromDrawio';
import {
  compressDrawioPage as compress,
  deflateBase64,
  drawioFixture as fixture,
} from '../../../test/fixtures/drawioFixtures';
import { expectFlaggedUnmapped } from '../../../test/unmappedExpectations';

const catalog = loadBundledCatalog();
const options = { id: 'from-drawio', now: '2026-12-03T12:00:00Z', typeMap: bundledTypeMap() };
const plain = fixture('kvm-host.drawio');
const compressed = fixture('kvm-host-compressed.drawio');

function imported(text: string) {
  const result = importDrawio(text, catalog, options);
  if (!result.ok) throw new Error(describeImportError(result.error));
  return result.value;
}

describe('draw.io import', () => {
  it('creates an unknown shape as an Unmapped component, not a guest VM, keeping its style name and flagged for review', () => {
    expectFlaggedUnmapped(imported(plain).document, catalog, 'mystery', /resourceIcon|quicksight/);
  });

  it('is recognised by content, plain or compressed', () => {
    expect(detectInterchangeFormat(plain)).toBe('drawio');
    expect(detectInterchangeFormat(compressed)).toBe('drawio');
    expect(detectInterchangeFormat('<mxGraphModel><root/></mxGraphModel>')).toBe('drawio');
    expect(detectInterchangeFormat('<domain type="kvm"><name>mxfile</name></domain>')).toBeUndefined();
  });

  it('maps shapes by label and style, nests children in their container, turns edges into connections', () => {
    const { document, review, losses } = imported(plain);
    const c = document.components;
    expect(c.host).toMatchObject({
      type: 'physical-host',
      name: 'Physical host',
      position: { x: 40, y: 40 },
      size: { width: 620, height: 360 },
    });
    // HTML label reduced to its text; label "Hypervisor" maps through the table.
    expect(c.kvm).toMatchObject({
      type: 'hypervisor-kernel',
      name: 'Hypervisor',
      parentId: 'host',
      position: { x: 20, y: 260 },
    });
    // Label unmapped, style shape's last part "virtual_machine" maps.
    expect(c.web).toMatchObject({ type: 'guest-vm', parentId: 'host' });
    // <object> wrapper: label and id from the wrapper.
    expect(c.qemu).toMatchObject({ type: 'device-emulator', name: 'QEMU', parentId: 'host' });
    expect(c.mystery).toMatchObject({
      type: options.typeMap.unknownComponentType,
      attributes: { 'interchange.sourceType': expect.stringMatching(/resourceIcon|quicksight/) },
    });
    expect(c.mystery!.parentId).toBeUndefined();
    expect(review.map((r) => r.componentId)).toEqual(['mystery']);
    expect(c.note).toBeUndefined();
    expect(Object.values(document.connections).map((k) => [k.source, k.target, k.label])).toEqual([
      ['web', 'qemu', ''],
      ['qemu', 'kvm', 'hypercall'],
    ]);
    expect(losses.items.map((i) => i.key)).toEqual(expect.arrayContaining(['text', 'loose-edges', 'review']));
    expect(readDocument(document, catalog).ok).toBe(true);
  });

  it('a compressed file gives the same project as the plain one', () => {
    expect(imported(compressed).document).toEqual(imported(plain).document);
  });

  it('a vertex holding others becomes a container even when nothing maps it', () => {
    const xml =
      '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="g" value="Zone" style="group" vertex="1" parent="1"><mxGeometry x="0" y="0" width="400" height="300" as="geometry"/></mxCell><mxCell id="v" value="VM" vertex="1" parent="g"><mxGeometry x="10" y="10" width="100" height="50" as="geometry"/></mxCell></root></mxGraphModel>';
    const { document, review } = imported(xml);
    expect(document.components.g).toMatchObject({ type: options.typeMap.defaultTrustZoneType });
    expect(document.components.v).toMatchObject({ type: 'guest-vm', parentId: 'g' });
    expect(review.map((r) => r.componentId)).toEqual(['g']);
  });

  it('refuses broken files with an error naming where, and a DTD outright', () => {
    const refuse = (text: string) => {
      const result = importDrawio(text, catalog, options);
      expect(result.ok).toBe(false);
      return result.ok ? '' : describeImportError(result.error);
    };
    expect(refuse(plain.replace('target="kvm"', 'target="nowhere"'))).toMatch(
      /draw\.io file at page 1 \("KVM node"\), cell "e2": its target "nowhere" is not a shape/,
    );
    expect(
      refuse(
        plain.replace(
          'width="160" height="60" as="geometry" />\n        </mxCell>\n        <mxCell id="web"',
          'width="abc" height="60" as="geometry" />\n        </mxCell>\n        <mxCell id="web"',
        ),
      ),
    ).toMatch(/cell "kvm".*width "abc" is not a number/);
    expect(refuse('<!DOCTYPE x [<!ENTITY a "b">]><mxfile><diagram>x</diagram></mxfile>')).toMatch(
      /DOCTYPE is not accepted/,
    );
    expect(refuse('<mxfile><diagram name="P">not base64!</diagram></mxfile>')).toMatch(
      /page 1 \("P"\).*neither XML nor base64/,
    );
    expect(refuse(`<mxfile><diagram name="P">${btoa('garbage')}</diagram></mxfile>`)).toMatch(
      /page 1.*DEFLATE|URI-encoded|mxGraphModel|XML/,
    );
    expect(
      refuse(
        `<mxfile><diagram name="P">${compress('<mxGraphModel><root><mxCell id="a"/><mxCell id="a"/></root></mxGraphModel>')}</diagram></mxfile>`,
      ),
    ).toMatch(/cell "a": the id is used by another cell/);
  });

  it('refuses a compressed page that inflates without bound', () => {
    const bomb = deflateBase64(new Uint8Array(6 * 1024 * 1024).fill(0x41));
    const result = importDrawio(`<mxfile><diagram name="P">${bomb}</diagram></mxfile>`, catalog, options);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : describeImportError(result.error)).toMatch(/inflates to more than 4 MB/);
  });

  it('never throws on mutated or truncated files', () => {
    const check = (text: string) => {
      const result = importDrawio(text, catalog, options);
      if (result.ok) expect(readDocument(result.value.document, catalog).ok).toBe(true);
      else expect(describeImportError(result.error)).toMatch(/^The file .+\.$/s);
    };
    fc.assert(
      fc.property(fc.nat(plain.length), (cut) => check(plain.slice(0, cut))),
      { numRuns: 80 },
    );
    fc.assert(
      fc.property(fc.nat(compressed.length - 1), fc.constantFrom('A', '/', '=', ''), (at, insert) =>
        check(compressed.slice(0, at) + insert + compressed.slice(at + 1)),
      ),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.nat(plain.length - 1), fc.string({ maxLength: 8 }), (at, insert) =>
        check(plain.slice(0, at) + insert + plain.slice(at + 1)),
      ),
      { numRuns: 200 },
    );
  });
});

it('refuses a compressed page cut short', () => {
  const payload = compress('<mxGraphModel><root><mxCell id="0"/></root></mxGraphModel>');
  const result = importDrawio(`<mxfile><diagram name="P">${payload.slice(0, 12)}</diagram></mxfile>`, catalog, options);
  expect(result.ok ? '' : describeImportError(result.error)).toMatch(/page 1 \("P"\)/);
});

describe('draw.io stencil names in the mapping table', () => {
  // Style strings as draw.io's own libraries write them (networks, Cisco, AWS 4, Azure), with no label to help.
  const stencils: [string, string][] = [
    ['shape=mxgraph.networks.server;html=1', 'physical-host'],
    ['shape=mxgraph.networks.virtual_server;html=1', 'guest-vm'],
    ['shape=mxgraph.networks.firewall;html=1', 'virtual-firewall'],
    ['shape=mxgraph.networks.switch;html=1', 'virtual-switch'],
    ['shape=mxgraph.networks.nas_filer;html=1', 'storage'],
    ['shape=mxgraph.networks.server_storage;html=1', 'storage'],
    ['shape=mxgraph.cisco.servers.standard_host;sketch=0', 'physical-host'],
    ['shape=mxgraph.cisco.servers.fileserver;sketch=0', 'storage'],
    ['shape=mxgraph.cisco.switches.workgroup_switch;sketch=0', 'virtual-switch'],
    ['shape=mxgraph.cisco.switches.layer_3_switch;sketch=0', 'virtual-switch'],
    ['shape=mxgraph.cisco.security.firewall;sketch=0', 'virtual-firewall'],
    ['shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.ec2', 'guest-vm'],
    ['shape=mxgraph.aws4.instance2;html=1', 'guest-vm'],
    ['shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.elastic_block_store', 'storage'],
    ['shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.simple_storage_service', 'storage'],
    ['shape=mxgraph.azure.virtual_machine;html=1', 'guest-vm'],
  ];
  it.each(stencils)('%s becomes %s', (style, type) => {
    const xml = `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="s" value="" style="${style}" vertex="1" parent="1"><mxGeometry x="10" y="20" width="80" height="60" as="geometry"/></mxCell></root></mxGraphModel>`;
    const { document, review } = imported(xml);
    expect(document.components['s']!.type).toBe(type);
    expect(review).toEqual([]);
  });

  it('an unknown stencil is still flagged for review', () => {
    const xml =
      '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="s" value="" style="shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.quicksight" vertex="1" parent="1"><mxGeometry x="10" y="20" width="80" height="60" as="geometry"/></mxCell></root></mxGraphModel>';
    expect(imported(xml).review).toHaveLength(1);
  });
});
