import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { DocumentSchema } from '../../model/schema';
import { assess } from '../../rules/assess';
import { threatDragonFileText, toThreatDragon } from './toThreatDragon';
import { interchangeErrors, interchangeValidator } from '../../../test/interchangeSchemas';
import { hostileDocument, shippedTemplates } from '../../../test/fixtures/reportDocuments';

const catalog = loadBundledCatalog();
const templates = shippedTemplates().map((t) => ({ name: t.id, document: DocumentSchema.parse(JSON.parse(t.text)) }));

type Cell = {
  id: string;
  shape: string;
  position?: { x: number; y: number };
  source?: { cell: string };
  data: { type: string; threats?: { title: string; status: string; mitigation: string }[] };
};
const cellsOf = (model: Record<string, unknown>) =>
  (model as { detail: { diagrams: { cells: Cell[] }[] } }).detail.diagrams[0]!.cells;

describe('Threat Dragon v2 export', () => {
  it.each(templates)('$name validates against the published Threat Dragon v2 schema', ({ document }) => {
    expect(
      interchangeErrors('threat-dragon', JSON.parse(threatDragonFileText(toThreatDragon(document, catalog).model))),
    ).toEqual([]);
  });

  it('the hostile-text model validates, and the validator rejects a broken model (the test can fail)', () => {
    const { model } = toThreatDragon(hostileDocument(catalog), catalog);
    expect(interchangeErrors('threat-dragon', model)).toEqual([]);
    const broken = JSON.parse(threatDragonFileText(model)) as {
      detail: { diagrams: { cells: Record<string, unknown>[] }[] };
    };
    delete broken.detail.diagrams[0]!.cells[0]!.zIndex;
    expect(interchangeValidator('threat-dragon')(broken)).toBe(false);
  });

  it('draws every component and connection, boundaries as boxes, with the rules’ threats and HY-SR statuses on the cells', () => {
    const document = templates.find((t) => t.name === 'kvm-libvirt')!.document;
    const cells = cellsOf(toThreatDragon(document, catalog).model);
    expect(
      cells
        .filter((c) => c.shape !== 'flow')
        .map((c) => c.id)
        .sort(),
    ).toEqual(Object.keys(document.components).sort());
    expect(cells.filter((c) => c.shape === 'flow')).toHaveLength(Object.keys(document.connections).length);
    expect(cells.find((c) => c.id === 'kvm-node-01')!.data.type).toBe('tm.BoundaryBox');
    // Positions are absolute: the firmware sits inside the host inside the rack.
    const fw = document.components['uefi']!;
    const host = document.components['kvm-node-01']!;
    const rack = document.components['rack-a']!;
    expect(cells.find((c) => c.id === 'uefi')!.position).toEqual({
      x: fw.position.x + host.position.x + rack.position.x,
      y: fw.position.y + host.position.y + rack.position.y,
    });
    const findings = assess(document, catalog).findings.filter(
      (f) => f.applicability === 'applicable' && f.componentId === 'kvm',
    );
    const kvmThreats = cells.find((c) => c.id === 'kvm')!.data.threats!;
    expect(kvmThreats.map((t) => t.title.split(' ')[0]).sort()).toEqual(
      [...new Set(findings.flatMap((f) => f.threats))].sort(),
    );
    expect(kvmThreats[0]!.mitigation).toMatch(/HY-SR-\d+\w? .+ \(not reviewed\)/);
    expect(kvmThreats.every((t) => t.status === 'Open')).toBe(true);
  });

  it('reports what Threat Dragon cannot hold', () => {
    const { losses } = toThreatDragon(hostileDocument(catalog), catalog);
    expect(losses.items.map((i) => i.key)).toEqual(expect.arrayContaining(['assessment', 'attributes', 'severity']));
  });
});
