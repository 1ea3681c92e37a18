import { describe, expect, it } from 'vitest';
import { copyComponents, duplicateComponents, insertFragment, nudgeComponents, pasteComponents } from './clipboard';
import { makeComponent, makeConnection, makeDocument, T0 } from '../../test/builders';
import { DocumentSchema } from './schema';

const T1 = '2026-01-02T00:00:00.000Z';

function idFactory(prefix = 'n') {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const doc = makeDocument({
  components: [
    makeComponent('h1', 'physical-host', { position: { x: 100, y: 100 }, size: { width: 400, height: 300 } }),
    makeComponent('vm1', 'guest-vm', { parentId: 'h1', position: { x: 10, y: 20 }, attributes: { os: 'linux' } }),
    makeComponent('vm2', 'guest-vm', { parentId: 'h1', position: { x: 200, y: 20 } }),
    makeComponent('lone', 'guest-vm', { position: { x: 700, y: 0 } }),
  ],
  connections: [makeConnection('c1', 'runs-on', 'vm1', 'h1'), makeConnection('c2', 'runs-on', 'lone', 'h1')],
});

describe('copyComponents', () => {
  it('takes descendants along and only connections with both ends copied', () => {
    const clip = copyComponents(doc, ['h1']);
    expect(clip.components.map((c) => c.id).sort()).toEqual(['h1', 'vm1', 'vm2']);
    expect(clip.connections.map((c) => c.id)).toEqual(['c1']);
    expect(clip.absolute.vm1).toEqual({ x: 110, y: 120 });
  });

  it('ignores unknown ids', () => {
    expect(copyComponents(doc, ['nope']).components).toEqual([]);
  });
});

describe('pasteComponents', () => {
  it('gives fresh ids, remaps nesting and connections, offsets only the roots', () => {
    const { document, pasted, roots } = pasteComponents(doc, copyComponents(doc, ['h1']), {
      ids: idFactory(),
      now: T1,
      offset: { x: 40, y: 40 },
    });
    expect(pasted).toHaveLength(3);
    expect(roots).toHaveLength(1);
    const host = document.components[roots[0]!]!;
    expect(host.position).toEqual({ x: 140, y: 140 });
    expect(host.parentId).toBeUndefined();
    const children = Object.values(document.components).filter((c) => c.parentId === host.id);
    expect(children.map((c) => c.name).sort()).toEqual(['vm1', 'vm2']);
    // Children keep their position relative to the (new) parent.
    expect(children.find((c) => c.name === 'vm1')!.position).toEqual({ x: 10, y: 20 });
    const newConnections = Object.values(document.connections).filter((c) => !doc.connections[c.id]);
    expect(newConnections).toHaveLength(1);
    expect(newConnections[0]!.target).toBe(host.id);
    expect(newConnections[0]!.source).toBe(children.find((c) => c.name === 'vm1')!.id);
    expect(document.updatedAt).toBe(T1);
    expect(DocumentSchema.safeParse(document).success).toBe(true);
  });

  it('puts a copied VM back into its host when the host still exists', () => {
    const { document, roots } = pasteComponents(doc, copyComponents(doc, ['vm1']), {
      ids: idFactory(),
      now: T1,
      offset: { x: 20, y: 20 },
    });
    const copy = document.components[roots[0]!]!;
    expect(copy.parentId).toBe('h1');
    expect(copy.position).toEqual({ x: 30, y: 40 });
    expect(copy.attributes).toEqual({ os: 'linux' });
  });

  it('lands at the absolute position when the parent is gone', () => {
    const clip = copyComponents(doc, ['vm1']);
    const withoutHost = { ...doc, components: { lone: doc.components.lone! } };
    const { document, roots } = pasteComponents(withoutHost, clip, {
      ids: idFactory(),
      now: T1,
      offset: { x: 0, y: 0 },
    });
    const copy = document.components[roots[0]!]!;
    expect(copy.parentId).toBeUndefined();
    expect(copy.position).toEqual({ x: 110, y: 120 });
  });

  it('never aliases attribute objects of the original', () => {
    const { document, roots } = duplicateComponents(doc, ['vm1'], {
      ids: idFactory(),
      now: T1,
      offset: { x: 0, y: 0 },
    });
    expect(document.components[roots[0]!]!.attributes).not.toBe(doc.components.vm1!.attributes);
  });

  it('gives each pasted top-level copy a name no component has, and keeps the names nested in a copied parent', () => {
    const named = { ...doc, components: { ...doc.components, lone: { ...doc.components.lone!, name: 'guest-03' } } };
    const once = duplicateComponents(named, ['lone'], { ids: idFactory('a'), now: T1, offset: { x: 10, y: 10 } });
    expect(once.document.components[once.roots[0]!]!.name).toBe('guest-04');
    const twice = pasteComponents(once.document, copyComponents(named, ['lone', 'h1']), {
      ids: idFactory('b'),
      now: T1,
      offset: { x: 20, y: 20 },
    });
    const names = twice.roots.map((id) => twice.document.components[id]!.name).sort();
    expect(names).toEqual(['guest-05', 'h2']);
    const all = Object.values(twice.document.components)
      .filter((c) => c.parentId === undefined)
      .map((c) => c.name);
    expect(new Set(all).size).toBe(all.length);
    const copiedHost = twice.roots.find((id) => twice.document.components[id]!.name === 'h2')!;
    expect(
      Object.values(twice.document.components)
        .filter((c) => c.parentId === copiedHost)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['vm1', 'vm2']);
  });

  it('returns the same document for an empty clipboard', () => {
    const result = pasteComponents(
      doc,
      { components: [], connections: [], absolute: {} },
      { ids: idFactory(), now: T1, offset: { x: 0, y: 0 } },
    );
    expect(result.document).toBe(doc);
  });
});

describe('nudgeComponents', () => {
  it('moves selected components, and children only through their parent', () => {
    const next = nudgeComponents(doc, ['h1', 'vm1', 'lone'], { x: 10, y: -10 }, T1);
    expect(next.components.h1!.position).toEqual({ x: 110, y: 90 });
    expect(next.components.vm1!.position).toEqual({ x: 10, y: 20 });
    expect(next.components.lone!.position).toEqual({ x: 710, y: -10 });
    expect(doc.updatedAt).toBe(T0);
  });

  it('moves a nested component alone when its parent is not selected', () => {
    expect(nudgeComponents(doc, ['vm2'], { x: 0, y: 10 }, T1).components.vm2!.position).toEqual({ x: 200, y: 30 });
  });
});

describe('insertFragment', () => {
  const fragment = makeDocument({
    components: [
      makeComponent('th', 'physical-host', { position: { x: 40, y: 40 }, size: { width: 300, height: 200 } }),
      makeComponent('tvm', 'guest-vm', { parentId: 'th', position: { x: 10, y: 20 } }),
    ],
    connections: [makeConnection('tc', 'runs-on', 'tvm', 'th')],
  });

  it('adds the whole drawing with fresh ids to the right of the platform, top-aligned, names unique', () => {
    const withH2 = { ...doc, components: { ...doc.components, h1: { ...doc.components.h1!, name: 'th' } } };
    const { document, pasted, roots } = insertFragment(withH2, fragment, { ids: idFactory('i'), now: T1 });
    expect(pasted).toHaveLength(2);
    const host = document.components[roots[0]!]!;
    // Right of the rightmost top-level box (lone at x 700), at the top of the platform (y 0).
    expect(host.position.x).toBeGreaterThan(700);
    expect(host.position.y).toBe(0);
    expect(host.name).not.toBe('th');
    const child = Object.values(document.components).find((c) => c.parentId === host.id)!;
    expect(child.name).toBe('tvm');
    expect(
      Object.values(document.connections).filter((c) => c.source === child.id && c.target === host.id),
    ).toHaveLength(1);
    expect(Object.keys(document.components)).toHaveLength(Object.keys(doc.components).length + 2);
    expect(DocumentSchema.safeParse(document).success).toBe(true);
  });

  it('into an empty platform, keeps the fragment where it was drawn', () => {
    const empty = { ...doc, components: {}, connections: {} };
    const { document, roots } = insertFragment(empty, fragment, { ids: idFactory('e'), now: T1 });
    expect(document.components[roots[0]!]!.position).toEqual({ x: 40, y: 40 });
  });
});
