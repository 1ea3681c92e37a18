import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { instantiateTemplate } from '../catalog/templates';
import { DocumentSchema, type WorkbenchDocument } from '../model/schema';
import { applyDiff, composeDiffs, diffDocuments, invertDiff, isEmptyDiff, type DocumentDiff } from './diff';
import type { CommandContext, CommandResult } from './command';
import * as editor from './editorCommands';
import { changeComponentType } from './changeTypeCommand';
import * as assessment from './assessmentCommands';
import * as workshop from './workshopCommands';
import { setProjectPackRemoved } from './packCommands';
import { catalogForProject } from '../packs/bundledPacks';
import { copyComponents } from '../model/clipboard';

const catalog = loadBundledCatalog();
const base = () => instantiateTemplate('kvm-libvirt', { id: 'proj1', now: '2026-01-01T08:00:00.000Z' });

function context(): CommandContext & { tick(): CommandContext } {
  let n = 0;
  let t = 0;
  const ctx = {
    ids: () => `new${++n}`,
    now: '2026-02-01T00:00:00.000Z',
    catalog,
    tick() {
      ctx.now = new Date(Date.UTC(2026, 1, 1, 0, 0, ++t)).toISOString();
      return ctx;
    },
  };
  return ctx;
}

/** The same document, key order included. */
const exactly = (doc: WorkbenchDocument) => JSON.stringify(doc);

/** Every command result: its diff takes the input to the output, and its inverse back exactly. */
function expectExactDiff<V>(before: WorkbenchDocument, result: CommandResult<V>) {
  expect(exactly(applyDiff(before, result.diff))).toBe(exactly(result.document));
  expect(exactly(applyDiff(result.document, invertDiff(result.diff)))).toBe(exactly(before));
  expect(result.diff).toEqual(diffDocuments(before, result.document));
}

const firstOf = (doc: WorkbenchDocument, type: string) => Object.values(doc.components).find((c) => c.type === type)!;

describe('document diffs', () => {
  it('name the records added, removed and changed, and leave the rest out', () => {
    const doc = base();
    const ctx = context();
    const host = firstOf(doc, 'physical-host');
    const result = editor.renameComponent(doc, { id: host.id, name: 'Rack 1' }, ctx);
    expect(Object.keys(result.diff.collections)).toEqual(['components']);
    expect(result.diff.collections.components!.changed[host.id]!.after.name).toBe('Rack 1');
    expect(result.diff.collections.components!.changed[host.id]!.before).toBe(host);
    expect(Object.keys(result.diff.collections.components!.changed)).toEqual([host.id]);
    expect(result.diff.fields.updatedAt).toEqual({ before: doc.updatedAt, after: ctx.now });
    expectExactDiff(doc, result);
  });

  it('are empty when nothing changed, and applying an empty diff keeps the document', () => {
    const doc = base();
    const result = editor.renameComponent(doc, { id: 'no-such-id', name: 'x' }, context());
    expect(isEmptyDiff(result.diff)).toBe(true);
    expect(applyDiff(doc, result.diff)).toBe(doc);
  });

  it('restore the key order of a collection when undoing a removal', () => {
    const doc = base();
    const vm = firstOf(doc, 'guest-vm');
    const result = editor.removeRecords(doc, { components: [vm.id], connections: [] }, context());
    expect(result.diff.collections.components!.removed[vm.id]).toBe(vm);
    expect(Object.keys(applyDiff(result.document, invertDiff(result.diff)).components)).toEqual(
      Object.keys(doc.components),
    );
    expectExactDiff(doc, result);
  });

  it('carry an optional collection that appears as a field, and compose it with later edits', () => {
    const doc = base();
    const { tailoring: _none, ...plain } = doc;
    const untailored = plain as WorkbenchDocument;
    const ctx = context();
    const input = {
      recommendationId: 'HY-SR-1',
      decision: 'scoped-out',
      justification: 'Not used here',
      approver: 'Ann',
    } as const;
    const first = assessment.tailorItem(untailored, input, ctx.tick());
    expect(first.refusal).toBeUndefined();
    expect(first.diff.fields.tailoring?.before).toBeUndefined();
    const second = assessment.untailorItem(first.document, 'HY-SR-1', ctx.tick());
    const both = composeDiffs(first.diff, second.diff);
    expect(exactly(applyDiff(untailored, both))).toBe(exactly(second.document));
    expect(exactly(applyDiff(second.document, invertDiff(both)))).toBe(exactly(untailored));
  });
});

describe('editor commands', () => {
  it('add a component with catalog defaults and the id from the factory', () => {
    const doc = base();
    const result = editor.addComponent(doc, { type: 'guest-vm', position: { x: 10, y: 20 } }, context());
    expect(result.value).toBe('new1');
    expect(Object.keys(result.diff.collections.components!.added)).toEqual(['new1']);
    expect(result.document.components.new1).toMatchObject({ type: 'guest-vm', position: { x: 10, y: 20 } });
    expectExactDiff(doc, result);
  });

  it('grow the parent in the same diff as the child added inside it', () => {
    const doc = base();
    const host = firstOf(doc, 'physical-host');
    const result = editor.addComponent(
      doc,
      { type: 'guest-vm', position: { x: 20, y: 56 }, parentId: host.id, parentSize: { width: 999, height: 888 } },
      context(),
    );
    expect(result.diff.collections.components!.changed[host.id]!.after.size).toEqual({ width: 999, height: 888 });
    expect(result.diff.collections.components!.added.new1!.parentId).toBe(host.id);
    expectExactDiff(doc, result);
  });

  it('remove a component with its children and connections, as removed records', () => {
    const doc = base();
    const host = firstOf(doc, 'physical-host');
    const result = editor.removeRecords(doc, { components: [host.id], connections: [] }, context());
    const removed = result.diff.collections.components!.removed;
    expect(Object.keys(removed)).toContain(host.id);
    expect(Object.keys(removed).length).toBeGreaterThan(1);
    expect(Object.keys(result.diff.collections.connections?.removed ?? {}).length).toBeGreaterThan(0);
    expectExactDiff(doc, result);
  });

  it('move, resize, rename, set attributes, nudge, reparent, update connections and the document', () => {
    const doc = base();
    const ctx = context();
    const host = firstOf(doc, 'physical-host');
    const vm = firstOf(doc, 'guest-vm');
    const connection = Object.values(doc.connections)[0]!;
    const cases: [string, CommandResult<unknown>][] = [
      ['move', editor.moveComponents(doc, { [vm.id]: { x: 5, y: 6 } }, ctx)],
      [
        'resize',
        editor.resizeComponent(
          doc,
          { id: host.id, size: { width: 700, height: 500 }, position: { x: -10, y: -10 } },
          ctx,
        ),
      ],
      ['rename', editor.renameComponent(doc, { id: vm.id, name: 'web' }, ctx)],
      ['attribute', editor.setAttribute(doc, { componentIds: [vm.id], attribute: 'os', value: 'windows' }, ctx)],
      ['nudge', editor.nudgeComponents(doc, { componentIds: [vm.id], delta: { x: 10, y: 0 } }, ctx)],
      ['reparent out', editor.reparentComponent(doc, { componentId: vm.id, parentId: null }, ctx)],
      ['connection', editor.updateConnection(doc, { id: connection.id, patch: { label: 'uplink' } }, ctx)],
      ['document name', editor.renameDocument(doc, 'Lab', ctx)],
      ['scope', editor.updateScope(doc, { notes: 'in scope' } as never, ctx)],
      ['patch', editor.updateComponents(doc, { [vm.id]: { notes: 'n' } }, ctx)],
    ];
    for (const [name, result] of cases) {
      expect(isEmptyDiff(result.diff), name).toBe(false);
      expectExactDiff(doc, result);
    }
    const moved = cases[0]![1].diff.collections.components!.changed[vm.id]!;
    expect(moved.after.position).toEqual({ x: 5, y: 6 });
    const out = cases[5]![1].document.components[vm.id]!;
    expect(out.parentId).toBeUndefined();
  });

  it('reparent into a container on its next grid cell', () => {
    const doc = base();
    const host = firstOf(doc, 'physical-host');
    const added = editor.addComponent(doc, { type: 'guest-vm', position: { x: 900, y: 900 } }, context());
    const result = editor.reparentComponent(added.document, { componentId: 'new1', parentId: host.id }, context());
    expect(result.document.components.new1!.parentId).toBe(host.id);
    expect(editor.childSlot(0)).toEqual({ x: 20, y: 56 });
    expectExactDiff(added.document, result);
  });

  it('connect what the catalog allows, and refuse the rest with its reason and no diff', () => {
    const doc = editor.addComponent(base(), { type: 'guest-vm', position: { x: 0, y: 0 } }, context()).document;
    const host = firstOf(doc, 'physical-host');
    const ok = editor.connect(
      doc,
      { source: 'new1', target: host.id, type: 'runs-on' },
      { ...context(), ids: () => 'c1' },
    );
    expect(ok.refusal).toBeUndefined();
    expect(ok.value).toBe('c1');
    expect(Object.keys(ok.diff.collections.connections!.added)).toEqual(['c1']);
    expectExactDiff(doc, ok);
    const refused = editor.connect(doc, { source: host.id, target: 'new1', type: 'runs-on' }, context());
    expect(refused.refusal?.message).toMatch(/./);
    expect(refused.document).toBe(doc);
    expect(isEmptyDiff(refused.diff)).toBe(true);
  });

  it('paste, duplicate and insert a fragment with ids from the factory', () => {
    const doc = base();
    const vm = firstOf(doc, 'guest-vm');
    const pasted = editor.pasteComponents(
      doc,
      { content: copyComponents(doc, [vm.id]), offset: { x: 30, y: 30 } },
      context(),
    );
    expect(pasted.value).toEqual(['new1']);
    expectExactDiff(doc, pasted);
    const duplicated = editor.duplicateComponents(doc, { componentIds: [vm.id], offset: { x: 30, y: 30 } }, context());
    expect(duplicated.value).toEqual(['new1']);
    expectExactDiff(doc, duplicated);
    const inserted = editor.insertFragment(doc, base(), context());
    expect(inserted.value.pasted.length).toBe(Object.keys(doc.components).length);
    expect(inserted.value.roots.length).toBeGreaterThan(0);
    expect(inserted.value.pasted.every((id) => id.startsWith('new'))).toBe(true);
    expectExactDiff(doc, inserted);
  });
});

describe('assessment commands', () => {
  it('save, set status in bulk, add and remove evidence, clear; refuse invalid entries with problems', () => {
    const doc = base();
    const ctx = context();
    const saved = assessment.saveAssessment(
      doc,
      { recommendationId: 'HY-SR-2', scope: 'platform', patch: { owner: 'Ann' } },
      ctx,
    );
    expect(saved.refusal).toBeUndefined();
    expect(Object.keys(saved.diff.collections.assessment!.added)).toHaveLength(1);
    expectExactDiff(doc, saved);
    const bulk = assessment.bulkSetStatus(
      saved.document,
      {
        targets: [
          { recommendationId: 'HY-SR-2', scope: 'platform' },
          { recommendationId: 'HY-SR-3', scope: 'platform' },
        ],
        status: 'not-applicable',
        extra: { justification: 'No such device here' },
      },
      ctx,
    );
    expect(bulk.refusal, bulk.refusal?.message).toBeUndefined();
    expectExactDiff(saved.document, bulk);
    const evidence = assessment.addEvidence(
      bulk.document,
      { recommendationId: 'HY-SR-2', scope: 'platform', evidence: { kind: 'note', text: 'seen' } as never },
      ctx,
    );
    expect(evidence.value).toBe('new1');
    expectExactDiff(bulk.document, evidence);
    const removed = assessment.removeEvidence(
      evidence.document,
      { recommendationId: 'HY-SR-2', scope: 'platform', evidenceId: 'new1' },
      ctx,
    );
    expectExactDiff(evidence.document, removed);
    const cleared = assessment.clearAssessment(
      removed.document,
      { recommendationId: 'HY-SR-3', scope: 'platform' },
      ctx,
    );
    expect(Object.keys(cleared.diff.collections.assessment!.removed)).toHaveLength(1);
    expectExactDiff(removed.document, cleared);
    const invalid = assessment.bulkSetStatus(
      doc,
      { targets: [{ recommendationId: 'HY-SR-2', scope: 'platform' }], status: 'risk-accepted' },
      ctx,
    );
    expect(invalid.refusal?.problems.length).toBeGreaterThan(0);
    expect(invalid.document).toBe(doc);
    expect(assessment.bulkSetStatus(doc, { targets: [], status: 'implemented' }, ctx).refusal?.message).toBe(
      'Select the items to change first.',
    );
  });
});

describe('change type command', () => {
  it('changes one record (a record-level diff) and its inverse restores the document exactly', () => {
    const doc = base();
    const result = changeComponentType(doc, { componentId: 'vm-web', type: 'security-virtual-appliance' }, context());
    expect(result.refusal).toBeUndefined();
    expect(Object.keys(result.diff.collections)).toEqual(['components']);
    expect(Object.keys(result.diff.collections.components!.changed)).toEqual(['vm-web']);
    expect(result.value.kept).toEqual(['antiMalware']);
    expect(result.value.dropped.map((d) => d.attribute)).toContain('guestOs');
    expectExactDiff(doc, result);
  });

  it('is refused with the reason and changes nothing when the type cannot hold the children', () => {
    const doc = base();
    const result = changeComponentType(doc, { componentId: 'kvm-node-01', type: 'guest-vm' }, context());
    expect(result.refusal?.message).toMatch(/cannot contain others/);
    expect(result.document).toBe(doc);
    expect(isEmptyDiff(result.diff)).toBe(true);
  });
});

describe('pack commands', () => {
  it('remove a bundled pack for the project as a field diff only, and add it back; undo restores exactly', () => {
    const doc = assessment.saveAssessment(
      base(),
      { recommendationId: 'sp800-125b.VM-NS-R1', scope: 'platform', patch: { status: 'implemented' } },
      context(),
    ).document;
    const ctx = context();
    const removed = setProjectPackRemoved(doc, { packId: 'sp800-125b', removed: true }, ctx);
    expect(removed.refusal).toBeUndefined();
    expect(removed.document.removedPacks).toEqual(['sp800-125b']);
    // The assessment is not touched: its entries wait for the pack.
    expect(Object.keys(removed.diff.collections)).toEqual([]);
    expect(removed.document.assessment).toBe(doc.assessment);
    expectExactDiff(doc, removed);
    const projectCatalog = catalogForProject(catalog, removed.document.removedPacks);
    const back = setProjectPackRemoved(
      removed.document,
      { packId: 'sp800-125b', removed: false },
      { ...ctx, catalog: projectCatalog },
    );
    expect(back.refusal).toBeUndefined();
    expect(back.document.removedPacks).toBeUndefined();
    expect(back.document.assessment['sp800-125b.VM-NS-R1']?.status).toBe('implemented');
    expectExactDiff(removed.document, back);
  });

  it('refuse what is not a bundled pack of the catalog, or not in the state asked for, changing nothing', () => {
    const doc = base();
    for (const args of [
      { packId: 'no-such-pack', removed: true },
      { packId: 'sp800-125b', removed: false },
    ]) {
      const result = setProjectPackRemoved(doc, args, context());
      expect(result.refusal?.message).toBeTruthy();
      expect(result.document).toBe(doc);
      expect(isEmptyDiff(result.diff)).toBe(true);
    }
    const once = setProjectPackRemoved(doc, { packId: 'sp800-125b', removed: true }, context()).document;
    expect(setProjectPackRemoved(once, { packId: 'sp800-125b', removed: true }, context()).refusal?.message).toMatch(
      /already removed/,
    );
  });
});

describe('workshop commands', () => {
  it('start a workshop, record a decision as a changed workshop record, end it', () => {
    const doc = base();
    const ctx = context();
    const started = workshop.startWorkshop(
      doc,
      { title: 'Review', participants: [{ name: 'Fay', role: 'facilitator' }] },
      ctx.tick(),
    );
    expect(started.value).toBe('new1');
    expect(Object.keys(started.diff.collections.workshops!.added)).toEqual(['new1']);
    expectExactDiff(doc, started);
    const running = started.document.workshops.new1!;
    const noted = workshop.recordWorkshopEntry(
      started.document,
      { kind: 'decision', itemId: running.currentItemId!, status: 'implemented', text: 'Done', by: 'new2' },
      ctx.tick(),
    );
    // The decision is a changed workshop record (its log) and the item's assessment entry.
    expect(Object.keys(noted.diff.collections.workshops!.changed)).toEqual(['new1']);
    expect(Object.values(noted.diff.collections.assessment!.added)[0]?.status).toBe('implemented');
    expectExactDiff(started.document, noted);
    // The log entry keeps the change it made, read from that diff, for a later review.
    const entry = Object.values(noted.document.workshops.new1!.log)[0]!;
    expect(entry.change).toEqual({ before: { status: 'not-reviewed' }, after: { status: 'implemented' } });
    const reassigned = workshop.recordWorkshopEntry(
      noted.document,
      {
        kind: 'decision',
        itemId: running.currentItemId!,
        status: 'partially-implemented',
        owner: 'Ops',
        text: '',
        by: 'new2',
      },
      ctx.tick(),
    );
    const second = Object.values(reassigned.document.workshops.new1!.log).find((e) => e.id !== entry.id)!;
    expect(second.change).toEqual({
      before: { status: 'implemented', owner: '' },
      after: { status: 'partially-implemented', owner: 'Ops' },
    });
    expectExactDiff(noted.document, reassigned);
    // The recorded change is part of the saved document: it passes the strict schema.
    expect(DocumentSchema.safeParse(reassigned.document).success).toBe(true);
    // A question changes no checklist entry and records no change.
    const asked = workshop.recordWorkshopEntry(
      reassigned.document,
      { kind: 'question', text: 'Who?', by: 'new2' },
      ctx.tick(),
    );
    expect(Object.values(asked.document.workshops.new1!.log).filter((e) => e.change)).toHaveLength(2);
    const ended = workshop.endWorkshop(noted.document, undefined, ctx.tick());
    expectExactDiff(noted.document, ended);
    expect(isEmptyDiff(workshop.moveWorkshopStep(doc, 1, ctx).diff)).toBe(true);
  });
});

/** A random edit on `doc`, chosen by the numbers fast-check draws. */
function randomCommand(doc: WorkbenchDocument, pick: number, n: number, ctx: CommandContext): CommandResult<unknown> {
  const ids = Object.keys(doc.components);
  const connections = Object.keys(doc.connections);
  const some = ids[n % Math.max(ids.length, 1)];
  const other = ids[(n * 7 + 3) % Math.max(ids.length, 1)];
  switch (pick % 12) {
    case 0:
      return editor.addComponent(doc, { type: n % 2 ? 'guest-vm' : 'physical-host', position: { x: n, y: n } }, ctx);
    case 1:
      return some
        ? editor.removeRecords(doc, { components: [some], connections: [] }, ctx)
        : editor.renameDocument(doc, `p${n}`, ctx);
    case 2:
      return some
        ? editor.moveComponents(doc, { [some]: { x: n * 10, y: -n } }, ctx)
        : editor.renameDocument(doc, `q${n}`, ctx);
    case 3:
      return some
        ? editor.renameComponent(doc, { id: some, name: `c${n}` }, ctx)
        : editor.renameDocument(doc, `r${n}`, ctx);
    case 4:
      return some
        ? editor.setAttribute(doc, { componentIds: [some], attribute: 'os', value: n % 2 ? 'linux' : undefined }, ctx)
        : editor.renameDocument(doc, `s${n}`, ctx);
    case 5:
      return some && other
        ? editor.connect(doc, { source: some, target: other, type: 'runs-on' }, ctx)
        : editor.renameDocument(doc, `t${n}`, ctx);
    case 6:
      return some && other
        ? editor.reparentComponent(doc, { componentId: some, parentId: n % 3 ? other : null }, ctx)
        : editor.renameDocument(doc, `u${n}`, ctx);
    case 7:
      return some
        ? editor.duplicateComponents(doc, { componentIds: [some], offset: { x: 30, y: 30 } }, ctx)
        : editor.renameDocument(doc, `v${n}`, ctx);
    case 8:
      return connections.length
        ? editor.removeRecords(doc, { components: [], connections: [connections[n % connections.length]!] }, ctx)
        : editor.renameDocument(doc, `w${n}`, ctx);
    case 9:
      return assessment.saveAssessment(
        doc,
        { recommendationId: `HY-SR-${(n % 5) + 1}`, scope: 'platform', patch: { owner: `o${n}` } },
        ctx,
      );
    case 10:
      return assessment.clearAssessment(doc, { recommendationId: `HY-SR-${(n % 5) + 1}`, scope: 'platform' }, ctx);
    default:
      return n % 2
        ? workshop.startWorkshop(doc, { title: `w${n}`, participants: [] }, ctx)
        : workshop.recordWorkshopEntry(doc, { kind: 'question', text: `e${n}`, by: 'x' }, ctx);
  }
}

describe('command sequences', () => {
  it('undone one by one, or as one composed diff, give back the original document exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(50)), { minLength: 1, maxLength: 25 }), (steps) => {
        const original = base();
        const ctx = context();
        const diffs: DocumentDiff[] = [];
        let doc = original;
        for (const [pick, n] of steps) {
          const result = randomCommand(doc, pick, n, ctx.tick());
          expect(exactly(applyDiff(doc, result.diff))).toBe(exactly(result.document));
          diffs.push(result.diff);
          doc = result.document;
        }
        const end = doc;
        for (const diff of [...diffs].reverse()) doc = applyDiff(doc, invertDiff(diff));
        expect(exactly(doc)).toBe(exactly(original));
        const composed = diffs.reduce(composeDiffs);
        expect(exactly(applyDiff(original, composed))).toBe(exactly(end));
        expect(exactly(applyDiff(end, invertDiff(composed)))).toBe(exactly(original));
      }),
      { numRuns: 60 },
    );
  });
});
